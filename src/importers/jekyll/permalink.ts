/**
 * Where Jekyll served a post: its `permalink` (the post's own, else
 * `_config.yml`'s, else Jekyll's default `date`), a preset or a pattern of
 * placeholders, filled in as Jekyll 4 fills them (jekyll/drops/url_drop.rb):
 * `:title` the file name's title (or `slug:`) as written, `:slug` the same
 * in lower case, `:categories` the categories in lower case joined by `/`,
 * dates from the post's date as written (dates.ts). Empty parts leave no
 * `//`.
 */
import type { WrittenDate } from '../markdown-site/dates.ts';

const PRESETS: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** The pattern a `permalink` setting names: a preset's, or the pattern itself; Jekyll's default is `date`. */
export function permalinkPattern(setting: string | undefined): string {
  const written = setting?.trim() || 'date';
  return PRESETS[written] ?? written;
}

export interface PostUrlParts {
  date: WrittenDate;
  /** The title part of the file name (`2016-02-02-bond-modes.md` → `bond-modes`), or the post's `slug:`. */
  slug: string;
  categories: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Jekyll's slugify: `pretty` keeps what a URL may hold as it is; `default` keeps letters and digits, in lower case. */
export function jekyllSlug(text: string, mode: 'pretty' | 'default'): string {
  const kept = mode === 'pretty' ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu;
  const slug = text.replace(kept, '-').replace(/^-+|-+$/g, '');
  return mode === 'pretty' ? slug : slug.toLowerCase();
}

/** The ISO week of a day, as `%V` gives it. */
function isoWeek(day: Date): number {
  const thursday = new Date(day);
  thursday.setUTCDate(day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  return 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - (3 - ((firstThursday.getUTCDay() + 6) % 7)) / 7);
}

export function jekyllPostPath(pattern: string, { date, slug, categories }: PostUrlParts): string {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.date));
  const yearDay = Math.round((day.getTime() - Date.UTC(date.year, 0, 1)) / 86_400_000) + 1;
  const values: Record<string, string> = {
    year: String(date.year),
    short_year: pad(date.year % 100),
    month: pad(date.month),
    i_month: String(date.month),
    short_month: MONTHS[date.month - 1]!.slice(0, 3),
    long_month: MONTHS[date.month - 1]!,
    day: pad(date.date),
    i_day: String(date.date),
    y_day: pad(yearDay, 3),
    week: pad(isoWeek(day)),
    short_day: DAYS[day.getUTCDay()]!.slice(0, 3),
    long_day: DAYS[day.getUTCDay()]!,
    hour: pad(date.hour),
    minute: pad(date.minute),
    second: pad(date.second),
    title: jekyllSlug(slug, 'pretty'),
    slug: jekyllSlug(slug, 'default'),
    categories: [...new Set(categories.map((category) => category.toLowerCase()))].join('/'),
    slugified_categories: [...new Set(categories.map((category) => jekyllSlug(category, 'default')))].join('/'),
    output_ext: '.html',
  };
  const path = pattern.replace(/:([a-z_]+)/g, (placeholder, name: string) => values[name] ?? placeholder);
  return `/${path}`.replace(/\/{2,}/g, '/');
}
