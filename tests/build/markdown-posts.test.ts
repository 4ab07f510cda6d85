/**
 * A `.md` post gets everything an `.mdx` post gets, on the built fixture
 * sites (tests/support/build-test-sites.ts): its listings are the HTML the
 * site's Shiki pipeline draws for the same fences, its headings carry the
 * anchors an MDX post's do, its site links and images sit under the base
 * path and resolve, and it is in the feed, the search index and the cards.
 * The post is tests/fixtures/posts/markdown-bond-check.md.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { highlightFence } from '../support/highlight.ts';
import { loadBuiltPagefind } from '../support/pagefind-node.ts';
import { readPosts, ROOT } from '../support/posts.ts';
import { analyseBody } from '../../src/post-body/post-body.ts';

const SLUG = 'markdown-bond-check';
const SOURCE = readFileSync(join(ROOT, 'tests/fixtures/posts', `${SLUG}.md`), 'utf8');
const page = (site: 'fixtures' | 'fixturesBlog', path = `posts/${SLUG}/index.html`) => readFileSync(join(TEST_SITES[site].dir, path), 'utf8');
/** Astro's scoping attributes differ between a component's markup and the same markup written as HTML. */
const unscoped = (html: string) => html.replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');

before(() => {
  assert.ok(existsSync(join(TEST_SITES.fixturesBlog.dir, `posts/${SLUG}/index.html`)), 'run `npm run build:test-sites` first');
});

test('its listings are what the site draws for those fences: the same pipeline as an .mdx post', async () => {
  const html = unscoped(page('fixtures'));
  const listings = analyseBody(parseFrontmatter(SOURCE).content, 'md').listings.filter((l) => l.lang !== 'dot');
  assert.equal(listings.length, 2);
  for (const listing of listings) {
    const drawn = unscoped(await highlightFence({ lang: listing.lang, meta: listing.meta, code: listing.lines.join('\n') }));
    // The build marks network names in listings after Shiki (src/network-names/): compare what Shiki drew, marks aside.
    const strip = (text: string) => text.replace(/<\/?(?:a|mark|entity-ref)\b[^>]*>/g, '').replace(/=""/g, '');
    assert.ok(strip(html).includes(strip(drawn)), `the ${listing.lang} listing at line ${listing.line} is drawn as the pipeline draws it`);
  }
  assert.match(html, /<svg[^>]*class="[^"]*diagram/, 'the dot fence is a diagram');
});

test('its headings carry the anchor an .mdx post’s headings carry', () => {
  const md = unscoped(page('fixtures'));
  const mdx = unscoped(page('fixtures', 'posts/hostile-content/index.html'));
  const wrapper = (html: string, id: string) =>
    new RegExp(
      `<div class="heading-wrapper level-2"><h2 id="${id}">[^<]*</h2><a class="anchor-link" href="#${id}" data-pagefind-ignore(="")?><span aria-hidden="true">#</span><span class="sr-only">Link to section: [^<]*</span></a></div>`,
    ).test(html);
  assert.ok(wrapper(mdx, 'a-link-with-a-javascript-url'), 'the .mdx post’s heading, as AnchoredHeading.astro draws it');
  assert.ok(wrapper(md, 'checking-the-bond'), 'the .md post’s heading, drawn the same');
});

test('under /blog/, every site link and image of the post is under the base path, and is there', () => {
  const html = page('fixturesBlog');
  const body = html.slice(html.indexOf('<div class="post-body'), html.indexOf('</article>'));
  const paths = [...body.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
  assert.ok(
    paths.some((path) => path === '/blog/posts/video-fixture/'),
    'the Markdown link to another post',
  );
  assert.ok(
    paths.some((path) => /^\/blog\/_astro\/[\w-]+\.[\w-]+\.webp$/.test(path)),
    'the image, through the image pipeline',
  );
  for (const path of paths) {
    assert.ok(path.startsWith('/blog/'), `${path} is under the base path`);
    const file = path.slice('/blog/'.length).replace(/[?#].*$/, '');
    assert.ok(existsSync(join(TEST_SITES.fixturesBlog.dir, file.endsWith('/') || file === '' ? `${file}index.html` : file)), `${path} is in the build`);
  }
});

test('it is in the feed, the search index and the social cards', async () => {
  const feed = readFileSync(join(TEST_SITES.fixtures.dir, 'rss.xml'), 'utf8');
  assert.match(feed, /<title>Checking a bond from plain Markdown<\/title>/);
  assert.match(feed, /bond_mode: active-backup/, 'its body, listings and all');
  const card = /<meta property="og:image" content="[^"]*\/(social-cards\/[^"]+\.png)">/.exec(page('fixtures'))?.[1];
  assert.ok(card && existsSync(join(TEST_SITES.fixtures.dir, card)), `its card ${card} is in the build`);
  const pagefind = await loadBuiltPagefind(TEST_SITES.fixtures.dir);
  const { results } = await pagefind.search('redundancy first');
  const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
  assert.ok(urls.includes(`/posts/${SLUG}/`), `search finds it: ${urls.join(', ')}`);
});

test('the Jekyll and Hugo blogs the fixture site imported are built: each published post a page, with no template tag left', () => {
  const imported = readPosts(join(TEST_SITES.fixtures.source, 'content/posts')).filter((post) => /^# Imported from (?:Jekyll|Hugo) /m.test(post.raw));
  const published = imported.filter((post) => post.frontmatter['draft'] !== true);
  assert.ok(published.length >= 10, `only ${published.length} imported posts are published`);
  assert.ok(imported.some((post) => post.raw.includes('Imported from Jekyll')) && imported.some((post) => post.raw.includes('Imported from Hugo')));
  for (const post of published) {
    const html = page('fixtures', `posts/${post.id}/index.html`);
    const body = html.slice(html.indexOf('<div class="post-body'), html.indexOf('</article>'));
    assert.doesNotMatch(body.replace(/<code>[\s\S]*?<\/code>/g, ''), /\{%|\{\{/, `${post.id}: a template tag reached the page`);
  }
  for (const post of imported.filter((p) => p.frontmatter['draft'] === true)) {
    assert.ok(!existsSync(join(TEST_SITES.fixtures.dir, `posts/${post.id}/index.html`)), `${post.id} is a draft, not published`);
  }
});
