/**
 * Checks on each content file before its schema runs, for mistakes the
 * schema cannot see:
 * - a `YYYY-MM-DD` value that is not a real calendar day (calendar-dates.ts);
 * - two files that resolve to the same id (and so the same URL), e.g.
 *   `post.md` beside `post.mdx`. Astro only warns, and not reliably when the
 *   files load concurrently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { findImpossibleDates, yamlPartOf } from './calendar-dates.ts';

/** Wraps a file-based loader so every entry is checked before its schema runs. */
export function withEntryChecks(loader: Loader): Loader {
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
