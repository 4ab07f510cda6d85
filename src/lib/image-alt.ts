/**
 * Images without a text alternative, found in a post's Markdown/MDX source:
 * `![](src)` with empty alt, or an `<img>`/`<Image>` tag with no `alt`.
 * (A decorative image can still say so explicitly with `alt=""` in a tag.)
 * Fenced code is skipped: listings may show such syntax as text.
 */
export interface MissingAlt {
  line: number;
  src: string;
}

export function findImagesWithoutAlt(body: string): MissingAlt[] {
  const missing: MissingAlt[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (fence) return;
    for (const match of text.matchAll(/!\[\s*\]\(\s*<?([^)\s>]+)/g)) missing.push({ line: index + 1, src: match[1]! });
    for (const match of text.matchAll(/<(?:img|Image|Picture)\b([^>]*)>/g)) {
      if (!/\balt\s*=/.test(match[1]!)) missing.push({ line: index + 1, src: /\bsrc\s*=\s*["'{]([^"'}]+)/.exec(match[1]!)?.[1] ?? '(no src)' });
    }
  });
  return missing;
}
