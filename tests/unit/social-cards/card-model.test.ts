/** What a post's card says (src/social-cards/card-model.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postCard } from '../../../src/social-cards/card-model.ts';

test('a post card names its series and part, or its conference', () => {
  const pubDate = new Date('2016-02-16');
  assert.equal(postCard({ id: 'x', title: 'T', pubDate, series: { title: 'S', part: 3, parts: 4 } }).kicker, 'Part 3 of 4 · S');
  assert.equal(postCard({ id: 'x', title: 'T', pubDate, conference: { name: 'C' } }).kicker, 'Conference notes · C');
  assert.equal(postCard({ id: 'x', title: 'T', pubDate }).date, '16 February 2016');
});
