/** Reading time (src/collections/reading-time.ts) on a migrated post. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingMinutes } from '../../../src/collections/reading-time.ts';
import { analyseBody } from '../../../src/post-body/post-body.ts';
import { migratedPostFile, readPostFile } from '../../support/posts.ts';

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
