/** What the sitemap lists and dates (src/sitemap/sitemap-options.node.ts), on pages as SeoHead.astro writes them. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageFacts, sitemapOptions } from '../../../src/sitemap/sitemap-options.node.ts';

const head = (tags: string) =>
  `<!doctype html><html><head><title>x</title>${tags}</head><body><meta property="article:published_time" content="1999-01-01"></body></html>`;

test('a page’s lastmod is its modified day, else its published day; a page without either has none', () => {
  assert.deepEqual(pageFacts(head('<meta property="article:published_time" content="2015-07-07">')), { noindex: false, lastmod: '2015-07-07' });
  assert.deepEqual(
    pageFacts(head('<meta property="article:published_time" content="2015-09-15"><meta property="article:modified_time" content="2016-09-20">')),
    { noindex: false, lastmod: '2016-09-20' },
  );
  assert.deepEqual(pageFacts(head('')), { noindex: false }, 'what the body says is not the page’s date');
  assert.deepEqual(pageFacts(head('<meta name="robots" content="noindex">')), { noindex: true });
});

const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('the sitemap leaves out search, 404 and noindex pages, under any base path, and dates the posts', async () => {
  const page = (path: string, tags: string) => {
    mkdirSync(join(out, path), { recursive: true });
    writeFileSync(join(out, path, 'index.html'), head(tags));
  };
  page('posts/a', '<meta property="article:published_time" content="2015-07-07">');
  page('tags/ahv', '');
  page('2016/02/02/hello-world', '<meta name="robots" content="noindex">');
  const { filter, serialize } = sitemapOptions({ basePath: '/blog/', outDir: out });
  const origin = 'https://notes.example.org/blog/';
  assert.deepEqual(
    ['', 'search/', '404/', 'posts/', 'posts/a/', 'searching/'].map((path) => filter!(`${origin}${path}`)),
    [true, false, false, true, true, true],
  );
  assert.deepEqual(await serialize!({ url: `${origin}posts/a/` }), { url: `${origin}posts/a/`, lastmod: '2015-07-07' });
  assert.deepEqual(await serialize!({ url: `${origin}tags/ahv/` }), { url: `${origin}tags/ahv/` });
  assert.equal(await serialize!({ url: `${origin}2016/02/02/hello-world/` }), undefined, 'a redirect page is not listed');
  assert.deepEqual(await serialize!({ url: `${origin}not-built/` }), { url: `${origin}not-built/` }, 'a page it cannot read is listed as it is');
});
