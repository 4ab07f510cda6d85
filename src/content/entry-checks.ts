/**
 * Checks on each content file before its schema runs, for mistakes the
 * schema cannot see:
 * - YAML reads `pubDate: 2018-02-30` as a Date and silently rolls it over to
 *   2 March. The raw text of each entry is read and any `YYYY-MM-DD` value
 *   that is not a real calendar day is refused, naming the file and the field.
 * - Two files that resolve to the same id (and so the same URL), e.g.
 *   `post.md` beside `post.mdx`. Astro only warns, and not reliably when the
 *   files load concurrently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';

export interface ImpossibleDate {
  field: string;
  value: string;
}

const DATE_LINE = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s*['"]?(\d{4})-(\d{1,2})-(\d{1,2})['"]?\s*(?:#.*)?$/;

export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Date-valued YAML lines whose day does not exist. */
export function findImpossibleDates(yamlText: string): ImpossibleDate[] {
  const problems: ImpossibleDate[] = [];
  for (const line of yamlText.split('\n')) {
    const match = DATE_LINE.exec(line);
    if (!match) continue;
    const [, field, year, month, day] = match;
    if (!isCalendarDay(Number(year), Number(month), Number(day))) {
      problems.push({ field: field!, value: `${year}-${month}-${day}` });
    }
  }
  return problems;
}

/** The YAML part of a content file: the frontmatter of Markdown/MDX, or the whole of a data file. */
export function yamlPartOf(fileText: string, filePath: string): string {
  if (!/\.(md|mdx|markdown)$/i.test(filePath)) return fileText;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1] ?? '';
}

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
