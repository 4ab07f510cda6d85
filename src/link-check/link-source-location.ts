/**
 * Where a link is written in a post's source: the line and column of each
 * place the text links to a target, for the link check's report
 * (broken-link-report.ts). The source is searched as text, not parsed: the
 * link check knows the link only as the built HTML has it, and the author's
 * spelling of it is one of a few (see `spellings`), written in one of a few
 * ways. A link a component makes, or one whose spelling the build changed
 * beyond those, is not found: the report then names the file alone.
 */

export interface SourceLocation {
  /** 1-based, in the whole file (front matter included), as editors count. */
  line: number;
  /** 1-based, of the target's first character. */
  column: number;
  /** The target as the source spells it. */
  written: string;
}

/** What may come right before a link's target: */
const BEFORE = [
  // an inline link or image, `[text](target` or `](<target`;
  String.raw`\]\(\s*<?`,
  // a reference definition, `[name]: target`;
  String.raw`^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?`,
  // an autolink, `<target>`;
  '<',
  // an HTML or JSX attribute, `href="target"`, `src='target'`, `href={"target"}`.
  String.raw`\b(?:href|src)\s*=\s*\{?\s*["'\x60]`,
].join('|');
/** And right after it: whatever ends a target in those forms (a longer URL that starts with the target is another link). */
const AFTER = String.raw`(?=[\s)>"'\x60}]|$)`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place `source` links to one of `spellings`, in the order they appear. */
export function findLinkInSource(source: string, spellings: readonly string[]): SourceLocation[] {
  const found = new Map<number, string>();
  for (const spelling of new Set(spellings)) {
    if (spelling === '') continue;
    for (const match of source.matchAll(new RegExp(`(?<=${BEFORE})${escapeRegExp(spelling)}${AFTER}`, 'gm'))) {
      // Two spellings cannot match at one place unless one is the other (AFTER ends each): keep the longer.
      if ((found.get(match.index)?.length ?? 0) < spelling.length) found.set(match.index, spelling);
    }
  }
  return [...found]
    .sort(([a], [b]) => a - b)
    .map(([index, written]) => {
      const before = source.slice(0, index);
      const lineStart = before.lastIndexOf('\n') + 1;
      return { line: before.split('\n').length, column: index - lineStart + 1, written };
    });
}

/** A URL with its %-escapes decoded, as an author writes it (`/posts/café/`); itself when it is not valid escaping. */
function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * How an author may have written a link the built pages have as `hrefs`
 * (as on the pages: with the base path, or absolute in a feed) and that
 * resolves to `target` (a site path with the base: `/blog/posts/x/#a`):
 * as on the page, from the site root without the base (the MDX link
 * component adds it), or as `#anchor` when the target is the post's own
 * page `postPage`.
 */
export function spellings(hrefs: readonly string[], target: string, base: string, postPage: string): string[] {
  const written = [...hrefs, target];
  if (target.startsWith(base)) written.push(`/${target.slice(base.length)}`);
  const hashAt = target.search(/[?#]/);
  if (hashAt > 0 && target.slice(0, hashAt) === postPage) written.push(target.slice(hashAt));
  return [...new Set(written.flatMap((url) => [url, decoded(url)]))];
}
