/** Dates are calendar days in the content; render them in UTC so no time zone shifts a day. */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayOnlyFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });

/** "30 October 2018" */
export function formatDate(date: Date): string {
  return dayFormat.format(date);
}

/** "2018-10-30", for `<time datetime>` and feeds. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "21–23 October 2018", "30 April – 2 May 2019", "30 December 2018 – 2 January 2019". */
export function formatDateRange(start: Date, end: Date): string {
  if (isoDay(start) === isoDay(end)) return formatDate(start);
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (sameMonth) return `${dayOnlyFormat.format(start)}–${formatDate(end)}`;
  if (sameYear) return `${dayMonthFormat.format(start)} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}
