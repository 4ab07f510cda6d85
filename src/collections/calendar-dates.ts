/**
 * YAML reads `pubDate: 2018-02-30` as a Date and silently rolls it over to
 * 2 March. These read the raw text of an entry and find any `YYYY-MM-DD`
 * value that is not a real calendar day.
 */
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
