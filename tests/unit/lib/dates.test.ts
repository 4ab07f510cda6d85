/** The plain TypeScript helpers in src/lib, on the inputs the site feeds them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSlug } from '../../../src/lib/slug.ts';
import { formatDate, formatDateRange, isoDay } from '../../../src/lib/dates.ts';
import { readingMinutes } from '../../../src/collections/reading-time.ts';
import { analyseBody } from '../../../src/post-body/post-body.ts';
import { joinBase, normaliseBase, pathUnderBase } from '../../../src/lib/base-path.ts';
import { migratedPostFile, readPostFile } from '../../support/posts.ts';

test('tags normalise to one URL-safe spelling', () => {
  assert.equal(toSlug('Open vSwitch'), 'open-vswitch');
  assert.equal(toSlug('open-vswitch'), 'open-vswitch');
  assert.equal(toSlug('  OPEN   VSWITCH '), 'open-vswitch');
  assert.equal(toSlug('Café/Réseau'), 'cafe-reseau');
  assert.equal(toSlug('C++'), 'c');
  assert.equal(toSlug('---'), '');
});

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

test('reading time counts prose, and skims listings', () => {
  const minutesOf = (body: string) => readingMinutes(analyseBody(body, 'mdx'));
  assert.equal(minutesOf(''), 1);
  assert.equal(minutesOf('word '.repeat(440)), 2);
  const listing = '```shellsession\n' + 'qemu -device virtio-net-pci,netdev=hostnet0 -m 24576\n'.repeat(110) + '```\n';
  assert.equal(minutesOf(listing), 1, '110 listing lines are about a minute of skimming');
  const networking = readPostFile(migratedPostFile('networking-exploration-nutanix-ahv'));
  const minutes = readingMinutes(networking.parsed);
  assert.ok(minutes >= 3 && minutes <= 10, `networking post: ${minutes} min`);
});

test('a base path always has a leading and a trailing slash', () => {
  assert.equal(normaliseBase(undefined), '/');
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase('blog'), '/blog/');
  assert.equal(normaliseBase(' /blog// '), '/blog/');
  assert.equal(normaliseBase('/a/b'), '/a/b/');
});

test('paths join onto the base path without doubled or missing slashes', () => {
  assert.equal(joinBase('/', '/posts/x/'), '/posts/x/');
  assert.equal(joinBase('/blog/', '/posts/x/'), '/blog/posts/x/');
  assert.equal(joinBase('/blog', 'rss.xml'), '/blog/rss.xml');
  assert.equal(joinBase('blog/', '/'), '/blog/');
  assert.equal(joinBase('', ''), '/');
});

test('a path under the base becomes site-relative; a path outside it is undefined', () => {
  assert.equal(pathUnderBase('/blog/posts/x/', '/blog/'), 'posts/x/');
  assert.equal(pathUnderBase('/blog/', 'blog'), '');
  assert.equal(pathUnderBase('/posts/x/', '/'), 'posts/x/');
  assert.equal(pathUnderBase('/other/posts/x/', '/blog/'), undefined);
});
