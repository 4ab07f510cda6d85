/**
 * A post's date as its front matter or file name wrote it. The day is the
 * one written, in the post's own zone (`2016-02-25 23:30:00 -0800` is the
 * 25th, as the old site showed it and put it in the post's address), never
 * converted to another zone. The time is kept for permalinks (`:hour`).
 */

export interface WrittenDate {
  /** `YYYY-MM-DD`. */
  day: string;
  year: number;
  month: number;
  date: number;
  hour: number;
  minute: number;
  second: number;
}

export class DateError extends Error {}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date a field holds (a string, or a TOML date, which keeps the form it
 * was written in); undefined when the field is empty; throws DateError for
 * a date no calendar has (`2016-02-30`) or text that is not a date.
 */
export function writtenDate(value: unknown): WrittenDate | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // TomlDate's toISOString() is the date as written ("2019-03-04T21:30:00.000-05:00", "2019-03-04").
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : undefined;
  const match = text === undefined ? null : DATE.exec(text);
  if (!match) throw new DateError(`"${String(value)}" is not a date`);
  const [year, month, date, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, date));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== date || hour > 23 || minute > 59 || second > 60) {
    throw new DateError(`"${text}" is not a date`);
  }
  return { day: `${year}-${pad(month)}-${pad(date)}`, year, month, date, hour, minute, second };
}

/** Today's day, UTC: what "in the future" is measured against. */
export const today = () => new Date().toISOString().slice(0, 10);
