/** Dates as the site shows them (src/lib/dates.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateRange, isoDay } from '../../../src/lib/dates.ts';

test('dates render as calendar days, whatever the time zone', () => {
  const day = new Date('2018-10-30T00:00:00Z');
  assert.equal(formatDate(day), '30 October 2018');
  assert.equal(isoDay(day), '2018-10-30');
});

test('date ranges collapse what they share', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  assert.equal(formatDateRange(d('2018-10-21'), d('2018-10-23')), '21–23 October 2018');
  assert.equal(formatDateRange(d('2019-04-30'), d('2019-05-02')), '30 April – 2 May 2019');
  assert.equal(formatDateRange(d('2018-12-30'), d('2019-01-02')), '30 December 2018 – 2 January 2019');
  assert.equal(formatDateRange(d('2014-05-05'), d('2014-05-05')), '5 May 2014');
});
