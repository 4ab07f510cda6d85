/**
 * The search index in shards (src/search/search-index.node.ts), on the built
 * site's own pages: indexed as a large site would be (a shard for every few
 * pages), merged as the search page merges them, it finds what the one index
 * finds; and a rebuild re-indexes only the shards whose pages changed, into
 * the very bytes a cold index writes.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSearchIndex } from '../../src/search/search-index.node.ts';
import { SHARD_LIST_FILE } from '../../src/search/search-shards.ts';
import { forgivingSearch } from '../../src/search/forgiving-search.ts';
import { listFiles } from '../../src/lib/files.node.ts';
import { TMP } from '../../scripts/lib/repo.ts';
import { EXPECTED_FIRST } from '../fixtures/search-expected.ts';
import { SEARCH_TYPOS } from '../fixtures/search-typos.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { firstHit, loadBuiltPagefind, type NodePagefind } from '../support/pagefind-node.ts';

const BUILT = TEST_SITES.root.dir;
const SITE = join(TMP, 'search-shards/site');
const CACHE = join(TMP, 'search-shards/cache');
/** Small shards, so the eight posts and their network names make several. */
const PAGES_PER_SHARD = 12;
const EDITED = 'posts/networking-exploration-nutanix-ahv/index.html';

let pagefind: NodePagefind;
let report: Awaited<ReturnType<typeof buildSearchIndex>>;
let vocabulary: string[];

/** Every file of the index, by its path, with its bytes. */
const indexFiles = () => new Map(listFiles(join(SITE, 'pagefind')).map((file) => [relative(SITE, file), readFileSync(file)]));

before(async () => {
  assert.ok(existsSync(join(BUILT, 'index.html')), `no build in ${BUILT}: run \`npm run build:test-sites\` first`);
  rmSync(join(TMP, 'search-shards'), { recursive: true, force: true });
  cpSync(BUILT, SITE, { recursive: true });
  rmSync(join(SITE, 'pagefind'), { recursive: true });
  report = await buildSearchIndex(SITE, { cacheDir: CACHE, pagesPerShard: PAGES_PER_SHARD });
  vocabulary = JSON.parse(readFileSync(join(SITE, 'search-words.json'), 'utf8')) as string[];
  pagefind = await loadBuiltPagefind(SITE);
});

test('a large site is indexed in shards, listed beside the main index', () => {
  assert.ok(report.shards >= 4, `${report.shards} shards`);
  assert.equal(report.indexed, report.shards, 'a cold index indexes every shard');
  const listed = JSON.parse(readFileSync(join(SITE, 'pagefind', SHARD_LIST_FILE), 'utf8')) as string[];
  assert.equal(listed.length, report.shards - 1);
  for (const shard of listed) assert.ok(existsSync(join(SITE, 'pagefind', shard, 'pagefind-entry.json')), `${shard} is an index`);
});

test('merged, the shards hold every indexed page once', async () => {
  const { results } = await pagefind.search(null);
  const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
  assert.equal(urls.length, report.pages);
  assert.equal(new Set(urls).size, urls.length, 'no page is in two shards');
});

test('merged, each query still finds its post first, and each misspelling is still corrected', async () => {
  for (const { query, post } of EXPECTED_FIRST) {
    const { response, corrected } = await forgivingSearch(pagefind, query, {}, async () => vocabulary);
    assert.equal(await firstHit(response.results), post, `${query}${corrected ? ` → ${corrected}` : ''}`);
  }
  for (const typo of SEARCH_TYPOS) {
    const { response, corrected } = await forgivingSearch(pagefind, typo.query, {}, async () => vocabulary);
    assert.equal(corrected, typo.correction, `${typo.query} (${typo.slip})`);
    assert.equal(await firstHit(response.results), typo.post, `${typo.query} → ${corrected}`);
  }
});

test('without the preference for real hits, a shard lacking a word would put its near miss first', async () => {
  // What shard-hits.ts is for: the same search, merged by score alone.
  const { results } = await pagefind.search('azat');
  assert.notEqual(await firstHit(results), 'all-things-open-2018', 'a near miss outranks the page that has the word');
  const { response } = await forgivingSearch(pagefind, 'azat', {}, async () => vocabulary);
  assert.equal(await firstHit(response.results), 'all-things-open-2018');
});

test('a rebuild re-indexes only the shard of the page that changed, and writes what a cold index writes', async () => {
  const unchanged = await buildSearchIndex(SITE, { cacheDir: CACHE, pagesPerShard: PAGES_PER_SHARD });
  assert.equal(unchanged.indexed, 0, 'nothing changed, nothing is indexed');

  const page = join(SITE, EDITED);
  writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', '<p>One more sentence about bond0.</p></article>'));
  const edited = await buildSearchIndex(SITE, { cacheDir: CACHE, pagesPerShard: PAGES_PER_SHARD });
  assert.equal(edited.indexed, 1, 'one page changed: one shard is indexed');
  const rebuilt = indexFiles();

  const cold = await buildSearchIndex(SITE, { cacheDir: join(TMP, 'search-shards/cold-cache'), pagesPerShard: PAGES_PER_SHARD });
  assert.equal(cold.indexed, cold.shards);
  const fresh = indexFiles();
  assert.deepEqual([...rebuilt.keys()].sort(), [...fresh.keys()].sort());
  for (const [file, bytes] of fresh) assert.ok(bytes.equals(rebuilt.get(file)!), `${file} is the same bytes`);
});
