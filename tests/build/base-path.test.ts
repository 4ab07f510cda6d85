/**
 * The site must work under a subpath (GitHub Pages project sites). Build it
 * with BASE_PATH=/blog/ and crawl every page, feed and sitemap of the output.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/posts.ts';
import { TMP, astroBuild } from '../support/site-build.ts';
import { findBrokenReferences, listFiles } from '../../src/lib/site-links.ts';

const OUT = join(TMP, 'dist-blog');
const ORIGIN = 'https://notes.example.org';

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const { code, output } = await astroBuild(ROOT, { BASE_PATH: '/blog/', SITE_URL: ORIGIN, OUT_DIR: OUT });
  assert.equal(code, 0, output.slice(-3000));
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
    'sitemap-index.xml',
  ]) {
    assert.ok(pages.includes(expected), `missing ${expected}`);
  }
});

test('canonical URLs, the feed and robots.txt use the site origin and the base path', () => {
  const post = readFileSync(join(OUT, 'posts/networking-exploration-nutanix-ahv/index.html'), 'utf8');
  assert.match(post, /<link rel="canonical" href="https:\/\/notes\.example\.org\/blog\/posts\/networking-exploration-nutanix-ahv\/">/);
  const feed = readFileSync(join(OUT, 'rss.xml'), 'utf8');
  assert.equal(feed.match(/<link>https:\/\/notes\.example\.org\/blog\/posts\//g)?.length, 8);
  assert.match(readFileSync(join(OUT, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/notes\.example\.org\/blog\/sitemap-index\.xml/);
});

test('the crawler notices a link that leaves the base path (it can fail)', () => {
  const { broken } = findBrokenReferences(join(ROOT, 'tests/fixtures/crawl'), ORIGIN, '/blog/');
  assert.deepEqual(
    broken.map((b) => `${b.url}: ${b.reason}`).sort(),
    ['/blog/missing/: no such file', '/blog/#nowhere: no element with id "nowhere"', '/posts/x/: outside the base path /blog/'].sort(),
  );
});
