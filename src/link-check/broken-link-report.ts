/**
 * The link check's report, a line per broken link. A link in a post's body
 * is named where its author wrote it (`content/posts/x.mdx:12:5: /posts/y/
 * (no such file)`), once, however many pages and feeds carry the post: they
 * are counted, not listed. Any other link (a layout's, a component's) is
 * named by the first page that has it, once too; a `_redirects` rule by its
 * line.
 */
import type { BrokenReference } from './crawler.node.ts';
import { findLinkInSource, spellings } from './link-source-location.ts';

const alsoOn = (pages: number) => (pages > 1 ? ` (also on ${pages - 1} other page${pages > 2 ? 's' : ''})` : '');

/** `readSource`: a post's source text by its file (from the project root), undefined when it cannot be read. */
export function brokenLinkReport(broken: readonly BrokenReference[], base: string, readSource: (file: string) => string | undefined): string[] {
  // The same link, wherever it was found: of one post (its page, the feeds), or of the layout (every page).
  const groups = new Map<string, BrokenReference[]>();
  const redirects: string[] = [];
  for (const reference of broken) {
    if (reference.target === undefined) {
      redirects.push(`${reference.page}: ${reference.url} (${reference.reason})`);
      continue;
    }
    const key = [reference.post?.file, reference.target, reference.reason].join('\n');
    groups.set(key, [...(groups.get(key) ?? []), reference]);
  }
  const inSources: { file: string; line: number; text: string }[] = [];
  const onPages: string[] = [];
  for (const group of groups.values()) {
    const [first] = group as [BrokenReference];
    const also = alsoOn(new Set(group.map((reference) => reference.page)).size);
    if (!first.post) {
      onPages.push(`${first.page}: ${first.url} (${first.reason})${also}`);
      continue;
    }
    const { file, page } = first.post;
    const source = readSource(file);
    const found =
      source === undefined
        ? []
        : findLinkInSource(
            source,
            spellings(
              group.map((reference) => reference.url),
              first.target!,
              base,
              page,
            ),
          );
    for (const { line, column, written } of found) inSources.push({ file, line, text: `${file}:${line}:${column}: ${written} (${first.reason})${also}` });
    if (found.length === 0) {
      // Made by a component, or written in a way not searched for: the file alone, and the link as the post's page has it.
      const shown = group.find((reference) => !/^[a-z][a-z\d+.-]*:/i.test(reference.url)) ?? first;
      inSources.push({ file, line: 0, text: `${file}: ${shown.url} (${first.reason})${also}` });
    }
  }
  inSources.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return [...inSources.map((entry) => entry.text), ...onPages, ...redirects];
}
