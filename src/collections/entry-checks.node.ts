/**
 * Checks on each content file before its schema runs, for mistakes the
 * schema cannot see:
 * - a `YYYY-MM-DD` value that is not a real calendar day (calendar-dates.ts);
 * - two files that resolve to the same id (and so the same URL), e.g.
 *   `post.mdx` beside `post/index.mdx`. Astro only warns, and not reliably
 *   when the files load concurrently;
 * - for posts, a file that is not MDX (see postFileProblem).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { findImpossibleDates, yamlPartOf } from './calendar-dates.ts';

/**
 * Posts are MDX only. A plain `.md` post would skip what the MDX components do
 * for every post (the base path on internal links, inert `javascript:` links,
 * anchored headings), so it is refused by name rather than published half-done.
 */
export function postFileProblem(file: string): string | undefined {
  if (file.endsWith('.mdx')) return undefined;
  const renamed = file.replace(/\.[^./]+$/, '.mdx');
  return `${file}: posts are MDX files: rename it to ${renamed} (Markdown is MDX, except that a bare < or { must be escaped as \\< or \\{)`;
}

interface EntryCheckOptions {
  /** A rule on the file itself, e.g. its type (postFileProblem). */
  fileProblem?: (file: string) => string | undefined;
}

/** Wraps a file-based loader so every entry is checked before its schema runs. */
export function withEntryChecks(loader: Loader, options: EntryCheckOptions = {}): Loader {
  return {
    ...loader,
    name: `${loader.name}-checked`,
    load: (context) => {
      const fileOfId = new Map<string, string>();
      return loader.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const file = relative(process.cwd(), props.filePath);
            const fileProblem = options.fileProblem?.(file);
            if (fileProblem) throw new Error(fileProblem);
            const other = fileOfId.get(props.id);
            if (other && other !== file && existsSync(other)) {
              throw new Error(`${file}: id: "${props.id}" is also the id of ${other}; two entries cannot share a slug`);
            }
            fileOfId.set(props.id, file);
            const [problem] = findImpossibleDates(yamlPartOf(readFileSync(props.filePath, 'utf8'), props.filePath));
            if (problem) {
              throw new Error(`${file}: ${problem.field}: "${problem.value}" is not a calendar date (write YYYY-MM-DD)`);
            }
          }
          return context.parseData(props);
        },
      });
    },
  };
}
