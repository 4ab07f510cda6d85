/**
 * Minutes to read a post. Prose is read at ~220 words a minute; code listings
 * are skimmed, so each listing line counts as a couple of words rather than
 * every token in a 40-argument qemu-kvm line.
 */
import type { PostBody } from '../post-body/post-body.ts';

const WORDS_PER_MINUTE = 220;
const WORDS_PER_CODE_LINE = 2;

export function readingMinutes(body: PostBody): number {
  const listingLines = body.listings.reduce((sum, listing) => sum + listing.lines.filter((line) => line.trim()).length, 0);
  return Math.max(1, Math.round((body.proseWords + listingLines * WORDS_PER_CODE_LINE) / WORDS_PER_MINUTE));
}
