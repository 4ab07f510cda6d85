/**
 * Minutes to read a post. Prose is read at ~220 words a minute; code listings
 * are skimmed, so each listing line counts as a couple of words rather than
 * every token in a 40-argument qemu-kvm line.
 */
const WORDS_PER_MINUTE = 220;
const WORDS_PER_CODE_LINE = 2;

export function readingMinutes(markdownBody: string): number {
  let words = 0;
  let inFence = false;
  for (const line of markdownBody.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (line.trim()) words += WORDS_PER_CODE_LINE;
      continue;
    }
    // Drop MDX comments and tags; count what a reader reads.
    const text = line.replace(/\{\/\*.*?\*\/\}/g, '').replace(/<[^>]+>/g, ' ');
    words += text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
