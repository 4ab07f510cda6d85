/**
 * The site must work under a subpath (GitHub Pages project sites). The site
 * built with BASE_PATH=/blog/ (tests/support/build-test-sites.ts) is crawled:
 * every page, feed and sitemap of the output.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPublishedPosts, ROOT } from '../support/posts.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { findBrokenReferences } from '../../src/link-check/crawler.node.ts';
import { listFiles } from '../../src/lib/files.node.ts';
import { parseHeadersFile } from '../../src/host-config/headers-file.ts';

const OUT = TEST_SITES.blog.dir;
const ORIGIN = TEST_SITES.blog.origin;

before(() => {
  assert.ok(existsSync(join(OUT, 'index.html')), `no build in ${OUT}: run \`npm run build:test-sites\` first`);
});

test('every internal link, asset, feed and sitemap URL stays under /blog/ and resolves', () => {
  const { checked, broken } = findBrokenReferences(OUT, ORIGIN, '/blog/');
  assert.ok(checked > 300, `only ${checked} references checked`);
  assert.deepEqual(broken, []);
});

test('the build holds every page kind', () => {
  const pages = listFiles(OUT).map((f) => f.slice(OUT.length + 1));
  for (const expected of [
    'index.html',
    '404.html',
    'archive/index.html',
    'tags/index.html',
    'tags/open-vswitch/index.html',
    'series/ahv-ovs-light-board/index.html',
    'conferences/all-things-open-2018/index.html',
    'posts/networking-exploration-nutanix-ahv/index.html',
    'rss.xml',
    'robots.txt',
    '_headers',
    'sitemap-index.xml',
  ]) {
    assert.ok(pages.includes(expected), `missing ${expected}`);
  }
});

test('canonical URLs, the feed and robots.txt use the site origin and the base path', () => {
  const post = readFileSync(join(OUT, 'posts/networking-exploration-nutanix-ahv/index.html'), 'utf8');
  assert.match(post, /<link rel="canonical" href="https:\/\/notes\.example\.org\/blog\/posts\/networking-exploration-nutanix-ahv\/">/);
  const feed = readFileSync(join(OUT, 'rss.xml'), 'utf8');
  assert.equal(feed.match(/<link>https:\/\/notes\.example\.org\/blog\/posts\//g)?.length, readPublishedPosts().length);
  assert.match(readFileSync(join(OUT, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/notes\.example\.org\/blog\/sitemap-index\.xml/);
});

test('social cards are absolute og:image URLs under /blog/, and the files are in the build', () => {
  for (const [page, card] of [
    ['posts/networking-exploration-nutanix-ahv/index.html', 'posts/networking-exploration-nutanix-ahv.png'],
    ['series/ahv-ovs-light-board/index.html', 'series/ahv-ovs-light-board.png'],
    ['conferences/all-things-open-2018/index.html', 'conferences/all-things-open-2018.png'],
    ['index.html', 'home.png'],
    // Network names share their kind's card (card-model.ts entityKindCard).
    ['entities/bridge/br0/index.html', 'entities/bridge.png'],
    ['entities/interface/eth2/index.html', 'entities/interface.png'],
    ['entities/interface/vnet0/index.html', 'entities/interface.png'],
  ]) {
    const html = readFileSync(join(OUT, page!), 'utf8');
    const url = `https://notes.example.org/blog/social-cards/${card}`;
    assert.ok(html.includes(`<meta property="og:image" content="${url}">`), `${page}: og:image is not ${url}`);
    assert.ok(html.includes(`<meta name="twitter:image" content="${url}">`), `${page}: twitter:image is not ${url}`);
    assert.ok(existsSync(join(OUT, 'social-cards', card!)), `missing social-cards/${card}`);
  }
});

test('the _headers file the build wrote has its rules under /blog/', () => {
  const rules = parseHeadersFile(readFileSync(join(OUT, '_headers'), 'utf8'));
  assert.deepEqual(
    rules.map((rule) => rule.path),
    ['/blog/*', '/blog/_astro/*'],
  );
});

test('the crawler notices a link that leaves the base path (it can fail)', () => {
  const { broken } = findBrokenReferences(join(ROOT, 'tests/fixtures/crawl'), ORIGIN, '/blog/');
  assert.deepEqual(
    broken.map((b) => `${b.url}: ${b.reason}`).sort(),
    ['/blog/missing/: no such file', '/blog/#nowhere: no element with id "nowhere"', '/posts/x/: outside the base path /blog/'].sort(),
  );
});
