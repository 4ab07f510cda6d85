/**
 * The redirects as built, from the posts' old URLs (`redirectFrom`): the
 * fixture site has a post with every kind (tests/fixtures/posts/moved-from-wordpress.mdx)
 * and the hostile post has one; the real site has none, and so neither
 * `_redirects`, the map of WordPress ids nor the home page's script. The
 * build's link check has already followed every redirect; this checks that
 * the build wrote what src/redirects/ lists, and nothing where there is nothing.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { readPosts } from '../support/posts.ts';
import { listRedirects, queryRedirectMap } from '../../src/redirects/redirect-list.ts';
import { redirectPageFile } from '../../src/redirects/old-url.ts';
import { redirectsFile } from '../../src/host-config/redirects-file.ts';
import { readPage } from '../../src/link-check/crawler.node.ts';

const { dir: OUT, source: SITE } = TEST_SITES.fixtures;

/** The published posts of the fixture site, as listRedirects reads them. */
function redirects() {
  const posts = readPosts(join(SITE, 'content/posts')).filter((post) => post.frontmatter['draft'] !== true);
  return listRedirects(posts.map((post) => ({ id: post.id, data: { redirectFrom: post.frontmatter['redirectFrom'] as string[] | undefined } })));
}

/** The home page's script that sends a WordPress id on (src/redirects/query-redirect.client.ts), as bundled. */
const hasQueryScript = (html: string) => /<script type="module">[^<]*query-redirects\.json/.test(html);

before(() => {
  for (const dir of [OUT, TEST_SITES.blog.dir]) assert.ok(existsSync(join(dir, 'index.html')), `no build in ${dir}: run \`npm run build:test-sites\` first`);
});

test('each old path has its redirect page, sending the browser to its post', () => {
  const paths = redirects().filter((r) => r.kind === 'path');
  assert.ok(paths.length >= 5, `${paths.length} old paths`);
  for (const { from, to } of paths) {
    const file = join(OUT, redirectPageFile(from));
    assert.ok(existsSync(file), `${from}: no ${redirectPageFile(from)}`);
    const html = readFileSync(file, 'utf8');
    assert.ok(html.includes(`<meta http-equiv="refresh" content="0; url=${to}">`), `${from} -> ${to}`);
    assert.ok(readPage(html).urls.includes(`http://localhost:4321${to}`), `${from}: canonical ${to}`);
    assert.ok(existsSync(join(OUT, to, 'index.html')), `${to} is built`);
  }
  assert.ok(existsSync(join(OUT, 'archives/12.html')), 'an old .html path is that file');
  assert.ok(existsSync(join(OUT, 'café/index.html')), 'a path is a file by its decoded name');
});

test('_redirects and the map of WordPress ids hold every redirect, and the home page carries the script that reads the map', () => {
  const list = redirects();
  const lines = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));
  assert.deepEqual(lines(readFileSync(join(OUT, '_redirects'), 'utf8')).sort(), lines(redirectsFile(list, '/')).sort());
  assert.deepEqual(JSON.parse(readFileSync(join(OUT, 'query-redirects.json'), 'utf8')), queryRedirectMap(list, '/'));
  assert.ok(hasQueryScript(readFileSync(join(OUT, 'index.html'), 'utf8')), 'the home page sends /?p=<id> on');
});

test('redirect pages are in no sitemap, and not in the search index', () => {
  const files = new Set(
    redirects()
      .filter((r) => r.kind === 'path')
      .map((r) => redirectPageFile(r.from)),
  );
  const listed = [...readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  assert.ok(listed.length > 20, `${listed.length} pages in the sitemap`);
  assert.deepEqual(
    listed.filter((path) => files.has(redirectPageFile(path))),
    [],
  );
  const html = readFileSync(join(OUT, '2016/02/02/hello-world/index.html'), 'utf8');
  assert.doesNotMatch(html, /data-pagefind-body/, 'search indexes post articles only');
  assert.match(html, /<meta name="robots" content="noindex">/);
});

test('a site without old URLs has no _redirects, no map and no script on its home page (the real site, under /blog/)', () => {
  const dir = TEST_SITES.blog.dir;
  assert.equal(existsSync(join(dir, '_redirects')), false);
  assert.equal(existsSync(join(dir, 'query-redirects.json')), false);
  assert.equal(hasQueryScript(readFileSync(join(dir, 'index.html'), 'utf8')), false);
});
