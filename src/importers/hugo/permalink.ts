/**
 * Where Hugo served a page: its `url:`, else its section's pattern in the
 * config's `[permalinks]` (`posts = "/:year/:month/:slug/"`), else the
 * page's folder and its slug or file name (`/posts/bond-modes/`). Hugo makes
 * paths with `urlize` (spaces become one `-`, what a path may not hold is
 * dropped) and in lower case unless `disablePathToLower` is set.
 */
import type { WrittenDate } from '../markdown-site/dates.ts';

export interface PagePathParts {
  date: WrittenDate;
  title: string;
  /** The page's `slug:`, if it has one. */
  slug: string | undefined;
  /** The file's name without its extension, or a page bundle's folder name. */
  fileName: string;
  /** The folders from content/ to the page (`posts/2019`): `:sections`; the first is `:section`. */
  sections: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Hugo's urlize without the lower case: letters, digits and `._-~+#@/` kept, a run of spaces one `-`, the rest dropped. */
export function hugoPath(text: string): string {
  let out = '';
  let hyphen = false;
  for (const char of text) {
    if (/[\p{L}\p{N}\p{M}._~+#@/\\-]/u.test(char)) {
      if (hyphen && char !== '-' && !out.endsWith('-')) out += '-';
      hyphen = false;
      out += char;
    } else if (/\s/.test(char) && out !== '') hyphen = true;
  }
  return out;
}

/** A permalink pattern filled in for a page. */
export function hugoPermalink(pattern: string, parts: PagePathParts): string {
  const { date } = parts;
  const day = new Date(Date.UTC(date.year, date.month - 1, date.date));
  const yearDay = Math.round((day.getTime() - Date.UTC(date.year, 0, 1)) / 86_400_000) + 1;
  const slug = hugoPath(parts.slug ?? parts.title);
  const values: Record<string, string> = {
    year: String(date.year),
    month: pad(date.month),
    monthname: MONTHS[date.month - 1]!,
    day: pad(date.date),
    weekday: String(day.getUTCDay()),
    weekdayname: DAYS[day.getUTCDay()]!,
    yearday: String(yearDay),
    section: parts.sections[0] ?? '',
    sections: parts.sections.join('/'),
    title: hugoPath(parts.title),
    slug,
    slugorfilename: parts.slug ? slug : hugoPath(parts.fileName),
    slugorcontentbasename: parts.slug ? slug : hugoPath(parts.fileName),
    filename: hugoPath(parts.fileName),
    contentbasename: hugoPath(parts.fileName),
    // Go's date layouts.
    '2006': String(date.year),
    '06': pad(date.year % 100),
    '01': pad(date.month),
    '1': String(date.month),
    '02': pad(date.date),
    '2': String(date.date),
    January: MONTHS[date.month - 1]!,
    Jan: MONTHS[date.month - 1]!.slice(0, 3),
    Monday: DAYS[day.getUTCDay()]!,
    Mon: DAYS[day.getUTCDay()]!.slice(0, 3),
  };
  const token =
    /:(slugorcontentbasename|slugorfilename|contentbasename|weekdayname|monthname|filename|sections|section|weekday|yearday|title|slug|year|month|day|2006|January|Monday|Jan|Mon|01|02|06|1|2)/g;
  return `/${pattern.replace(token, (_, name: string) => values[name]!)}`.replace(/\/{2,}/g, '/');
}

/** The path Hugo gives a page of a section without a pattern: its folders, then its slug or file name. */
export function defaultPagePath(parts: PagePathParts, { ugly }: { ugly: boolean }): string {
  const name = hugoPath(parts.slug ?? parts.fileName);
  const folders = parts.sections.map(hugoPath).join('/');
  return `/${folders ? `${folders}/` : ''}${name}${ugly ? '.html' : '/'}`;
}
