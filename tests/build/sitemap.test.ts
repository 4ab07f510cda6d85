/**
 * The sitemaps as built (src/sitemap/sitemap-options.node.ts): every page a
 * search engine should index, each post with its lastmod (updatedDate, else
 * pubDate), and not the search page, the 404 page or a redirect page (the
 * fixture site has both kinds of post, and old URLs: tests/unit/redirects/
 * checks those against the list of redirects).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { readPosts } from '../support/posts.ts';

const SITES = [
  { name: 'root', dir: TEST_SITES.root.dir, posts: readPosts() },
  { name: 'fixtures', dir: TEST_SITES.fixtures.dir, posts: readPosts(join(TEST_SITES.fixtures.source, 'content/posts')) },
];

before(() => {
  for (const { dir } of SITES) assert.ok(existsSync(join(dir, 'sitemap-0.xml')), `no build in ${dir}: run \`npm run build:test-sites\` first`);
});

/** Each <url> of a sitemap: its path and lastmod day. */
function entries(dir: string): Map<string, string | undefined> {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  return new Map(
    [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map(([, url]) => [
      new URL(url!.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname,
      url!.match(/<lastmod>(\d{4}-\d{2}-\d{2})[^<]*<\/lastmod>/)?.[1],
    ]),
  );
}

const day = (value: unknown) => (value === undefined ? undefined : new Date(value as string | Date).toISOString().slice(0, 10));

for (const { name, dir, posts } of SITES) {
  test(`the ${name} sitemap dates every published post by its updatedDate, else its pubDate`, () => {
    const listed = entries(dir);
    const published = posts.filter((post) => post.frontmatter['draft'] !== true);
    assert.ok(published.length >= 8);
    for (const post of published) {
      const expected = day(post.frontmatter['updatedDate'] ?? post.frontmatter['pubDate']);
      assert.equal(listed.get(`/posts/${post.id}/`), expected, post.id);
    }
    if (name === 'fixtures')
      assert.ok(
        published.some((post) => post.frontmatter['updatedDate']),
        'some fixture post has an updatedDate',
      );
  });

  test(`the ${name} sitemap lists the index pages and About, and leaves out search, 404 and redirect pages`, () => {
    const listed = entries(dir);
    for (const path of ['/', '/posts/', '/series/', '/conferences/', '/archive/', '/tags/', '/about/']) assert.ok(listed.has(path), `${path} is listed`);
    for (const path of ['/search/', '/404/', '/404.html']) assert.equal(listed.has(path), false, `${path} is not listed`);
    for (const path of listed.keys()) {
      const file = join(dir, decodeURIComponent(path), 'index.html');
      assert.ok(existsSync(file), `${path} is a page`);
      assert.doesNotMatch(readFileSync(file, 'utf8'), /<meta name="robots" content="noindex">/, `${path} is indexable`);
    }
  });
}
