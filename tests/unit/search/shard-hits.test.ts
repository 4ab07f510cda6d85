import { test } from 'node:test';
import assert from 'node:assert/strict';
import { preferRealHits, RESULTS_READ } from '../../../src/search/shard-hits.ts';

/** A result as Pagefind gives it: a score, and data whose `locations` are the matched words' positions. */
const result = (name: string, score: number, content: string, matched: string[]) => {
  const words = content.split(' ');
  return { name, score, data: async () => ({ content, locations: matched.map((word) => words.indexOf(word)) }) };
};

test('the page with the word comes first, and a near miss on nothing is dropped', async () => {
  const results = [result('near miss on "a"', 9, 'a bridge and a bond', ['a']), result('the name itself', 2, 'Azat Mardan spoke', ['Azat'])];
  assert.deepEqual(
    (await preferRealHits('azat', results)).map((r) => r.name),
    ['the name itself'],
  );
});

test('nothing is re-ordered when no result hits every word', async () => {
  const results = [result('one', 3, 'a bond', ['a']), result('two', 5, 'a bridge', ['a'])];
  assert.deepEqual(
    (await preferRealHits('avya', results)).map((r) => r.name),
    ['two', 'one'],
  );
});

test('results past the ones read keep their place, after them', async () => {
  const results = Array.from({ length: RESULTS_READ + 2 }, (_, i) => result(`r${i}`, 100 - i, 'bond0 up', ['bond0']));
  const ordered = await preferRealHits('bond0', results);
  assert.deepEqual(
    ordered.map((r) => r.name),
    results.map((r) => r.name),
  );
});
