import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_SHARDS, PAGES_PER_SHARD, shardCount, shardFolder, shardOf } from '../../../src/search/search-shards.ts';

test('a site of up to PAGES_PER_SHARD pages is one index; the count doubles as it grows, up to MAX_SHARDS', () => {
  assert.equal(shardCount(1), 1);
  assert.equal(shardCount(PAGES_PER_SHARD), 1);
  assert.equal(shardCount(PAGES_PER_SHARD + 1), 2);
  assert.equal(shardCount(2 * PAGES_PER_SHARD + 1), 4);
  assert.equal(shardCount(2341), 4);
  assert.equal(shardCount(1_000_000), MAX_SHARDS);
  assert.equal(shardCount(45, 10), 8);
});

test('a page keeps its shard from build to build, and shards fill evenly', () => {
  const paths = Array.from({ length: 4000 }, (_, i) => (i % 2 ? `posts/post-${i}/index.html` : `entities/interface/eth${i}/index.html`));
  assert.equal(shardOf('posts/post-1/index.html', 8), shardOf('posts/post-1/index.html', 8));
  const sizes = new Array<number>(8).fill(0);
  for (const path of paths) sizes[shardOf(path, 8)]!++;
  for (const size of sizes) assert.ok(size > 400 && size < 600, `a shard of ${size} of 4,000 pages`);
});

test("a shard's folder is beside the main index's files, and never the main index's own", () => {
  assert.equal(shardFolder(1), 'shard-1/');
  assert.notEqual(shardFolder(1), '');
});
