import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPage } from '../../../src/link-check/crawler.node.ts';
import { openPageLinksCache } from '../../../src/link-check/page-links-cache.node.ts';

const PAGE = Buffer.from('<main id="top"><div class="post-body"><a href="/posts/x/#a">x</a></div><img src="/a.png" alt=""></main>');
const EDITED = Buffer.from(PAGE.toString().replace('/posts/x/', '/posts/y/'));

test('a page read in one build is not parsed again in the next, and reads the same', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'links-')), 'pages.json');
  const first = openPageLinksCache(file);
  assert.deepEqual(first.read(PAGE), readPage(PAGE.toString()));
  first.save();
  assert.deepEqual(first.stats(), { read: 1, kept: 0 });

  const second = openPageLinksCache(file);
  assert.deepEqual(second.read(PAGE), readPage(PAGE.toString()));
  assert.deepEqual(second.read(EDITED), readPage(EDITED.toString()), 'a changed page is read again');
  assert.deepEqual(second.stats(), { read: 1, kept: 1 });
});

test('a cut-off cache file (an interrupted build) means every page is read again', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'links-')), 'pages.json');
  writeFileSync(file, '{"version":1,"pages":{"abc');
  const cache = openPageLinksCache(file);
  assert.deepEqual(cache.read(PAGE), readPage(PAGE.toString()));
  assert.deepEqual(cache.stats(), { read: 1, kept: 0 });
});

test('without a file, nothing is kept', () => {
  const cache = openPageLinksCache();
  cache.read(PAGE);
  cache.save();
  assert.deepEqual(openPageLinksCache().stats(), { read: 0, kept: 0 });
});
