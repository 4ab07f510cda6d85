/**
 * The search page's logic on the real index: the built site's own Pagefind,
 * run in Node on `dist/pagefind/` with the vocabulary the build wrote
 * (`dist/search-words.json`), through the same forgivingSearch() the page
 * calls: every query of the two lists here, one of each kind in the browser
 * test (which proves the page shows what this logic finds).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgivingSearch } from '../../src/search/forgiving-search.ts';
import { matchedWords, MIN_SCORE_SHARE, weakWords } from '../../src/search/hit-strength.ts';
import { pagefindQuery } from '../../src/search/query-state.ts';
import { ENTITY_SEARCH_KIND, NAME_FILTER } from '../../src/search/index-contract.ts';
import { tokenRanges } from '../../src/search/tokens.ts';
import { EXPECTED_FIRST } from '../fixtures/search-expected.ts';
import { SEARCH_TYPOS } from '../fixtures/search-typos.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { firstHit, loadBuiltPagefind, type NodePagefind } from '../support/pagefind-node.ts';

const SITE = TEST_SITES.root.dir;
let pagefind: NodePagefind;
let vocabulary: string[];
const words = async () => vocabulary;
before(async () => {
  assert.ok(existsSync(join(SITE, 'pagefind/pagefind.js')), `no search index in ${SITE}: run \`npm run build:test-sites\` first`);
  vocabulary = JSON.parse(readFileSync(join(SITE, 'search-words.json'), 'utf8')) as string[];
  pagefind = await loadBuiltPagefind(SITE);
});

test('Pagefind alone is fooled by "Avya": every post, for the word "a"; the best hit is weak', async () => {
  const { results } = await pagefind.search('avya');
  assert.ok(results.length >= 8, `${results.length} results`);
  const best = matchedWords(await results[0]!.data());
  assert.deepEqual(new Set(best.map((w) => w.toLowerCase())), new Set(['a']));
  assert.deepEqual(weakWords('Avya', best), ['Avya']);
});

test('each query finds its post first (of the migrated posts): commands, names, addresses, people, places, phrases', async () => {
  for (const { query, post } of EXPECTED_FIRST) {
    const { response, corrected } = await forgivingSearch(pagefind, query, {}, words);
    assert.equal(await firstHit(response.results), post, `${query}${corrected ? ` → ${corrected}` : ''}`);
  }
});

test("each misspelt query is corrected from the posts' words and finds its post first (of the migrated posts)", async () => {
  for (const typo of SEARCH_TYPOS) {
    const { response, corrected } = await forgivingSearch(pagefind, typo.query, {}, words);
    assert.equal(corrected, typo.correction, `${typo.query} (${typo.slip})`);
    assert.equal(await firstHit(response.results), typo.post, `${typo.query} → ${corrected}`);
  }
});

test('a query the posts spell so is searched as typed, by its stem too', async () => {
  for (const query of [
    'ovs-vsctl',
    'virbr0',
    '10.59.31.77',
    'eth2.32',
    'NTNX-Local-Network',
    '52:54:00:9c:d8:cd',
    'Dunbar',
    'Avay',
    'configured',
    'the',
    'a',
  ]) {
    const { response, corrected } = await forgivingSearch(pagefind, query, {}, words);
    assert.equal(corrected, undefined, query);
    assert.equal(response.results.length, (await pagefind.search(pagefindQuery(query))).results.length, query);
  }
});

test('junk hits count for nothing; uncorrected near misses are kept only near the best score', async () => {
  for (const query of ['aqqqq', 'ifqqq']) {
    assert.ok((await pagefind.search(query)).results.length > 0, `Pagefind finds "${query}" in short words`);
    const { response, corrected } = await forgivingSearch(pagefind, query, {}, words);
    assert.deepEqual([corrected, response.results.length], [undefined, 0], query);
  }
  const near = await forgivingSearch(pagefind, 'openstack', {}, words);
  const all = (await pagefind.search('openstack')).results;
  const best = Math.max(...all.map((r) => r.score));
  assert.equal(near.corrected, undefined);
  assert.ok(near.response.results.length > 0 && near.response.results.length < all.length, `${near.response.results.length} of ${all.length}`);
  for (const result of near.response.results) assert.ok(result.score >= best * MIN_SCORE_SHARE);
});

test('whole tokens on the built post: br0 is never marked inside virbr0', () => {
  const html = readFileSync(join(SITE, 'posts/networking-exploration-nutanix-ahv/index.html'), 'utf8');
  // As the page marks them: no diagrams or scripts, inline tags (a listing's token spans) join their text, blocks part it.
  const text = html
    .replace(/<(svg|script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?(?:p|li|td|th|tr|div|pre|h\d|dt|dd|figcaption|blockquote|br)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '');
  const ranges = tokenRanges(text, ['br0']);
  assert.ok((text.match(/virbr0/gi) ?? []).length > 10);
  assert.ok(ranges.length > 10);
  for (const [start, end] of ranges) assert.match(text.slice(start - 1, end + 1), /^[^\p{L}\p{N}]br0[^\p{L}\p{N}]$/iu);
});

/** A result's title as the search page shows it: an entity page's NAME_FILTER, else its Pagefind title. */
const resultTitle = async (result: {
  data: () => Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}): Promise<string> => {
  const data = await result.data();
  return data.filters[NAME_FILTER]?.[0] ?? data.meta['title'] ?? data.url;
};
const ENTITIES = { filters: { kind: { any: [ENTITY_SEARCH_KIND] } } };

test('a network name typed is the first of the names, whatever the site names; the posts still come before any name', async () => {
  const pages = (await pagefind.search(null, ENTITIES)).results;
  assert.ok(pages.length > 10, `${pages.length} entity pages`);
  for (const title of await Promise.all(pages.map(resultTitle))) {
    const query = title.includes(' · ') ? title.slice(0, title.indexOf(' · ')) : title;
    const { response } = await forgivingSearch(pagefind, query, ENTITIES, words);
    assert.equal(await resultTitle(response.results[0]!), title, `"${query}", the entity pages alone`);
  }
  const { response } = await forgivingSearch(pagefind, 'br0', {}, words);
  const titles = await Promise.all(response.results.map(resultTitle));
  const firstName = titles.findIndex((title) => title.includes(' · '));
  assert.equal(titles[firstName], 'br0 · bridge', titles.join(' | '));
  assert.ok(firstName >= 3 && !titles.slice(firstName).some((title) => !title.includes(' · ')), `the posts first: ${titles.join(' | ')}`);
});

test('without the name filter, Pagefind would find the prefix of 192.168.5.2 (of the networking post), not the address', async () => {
  const { results } = await pagefind.search(pagefindQuery('192.168.5.2'), ENTITIES);
  assert.notEqual(await resultTitle(results[0]!), '192.168.5.2 · address');
  const { response } = await forgivingSearch(pagefind, '192.168.5.2', ENTITIES, words);
  assert.equal(await resultTitle(response.results[0]!), '192.168.5.2 · address');
});
