/**
 * The feeds as built: the site's, each tag's and each series', parsed as XML
 * (linkedom), on the site built under /blog/ with a real origin and on the
 * fixture site (videos, hostile content). Each must be an RSS 2.0 channel
 * whose items carry the whole post with absolute URLs under the base path.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { readPublishedPosts } from '../support/posts.ts';

const BLOG = TEST_SITES.blog.dir;
const BLOG_URL = `${TEST_SITES.blog.origin}${TEST_SITES.blog.base}`;
const FIXTURES = TEST_SITES.fixtures.dir;
/** Drafts are in no feed. */
const posts = readPublishedPosts();

before(() => {
  for (const dir of [BLOG, FIXTURES]) assert.ok(existsSync(join(dir, 'rss.xml')), `no build in ${dir}: run \`npm run build:test-sites\` first`);
});

interface FeedItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  content: Document;
  contentHtml: string;
}

function text(parent: Element | Document, tag: string): string {
  return parent.getElementsByTagName(tag)[0]?.textContent ?? '';
}

function readFeed(file: string) {
  const xml = readFileSync(file, 'utf8');
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"/, file);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const channel = doc.querySelector('rss > channel');
  assert.ok(channel, `${file}: no <rss><channel>`);
  const items: FeedItem[] = [...channel.getElementsByTagName('item')].map((item) => {
    const contentHtml = text(item, 'content:encoded');
    return {
      title: text(item, 'title'),
      link: text(item, 'link'),
      guid: text(item, 'guid'),
      pubDate: text(item, 'pubDate'),
      contentHtml,
      content: parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`).document,
    };
  });
  return { xml, channel, items, self: channel.getElementsByTagName('atom:link')[0]?.getAttribute('href') };
}

/** Every feed of a build: the site's, then each tag's and each series'. */
function feedFiles(dir: string): string[] {
  const nested = (kind: string) =>
    readdirSync(join(dir, kind))
      .map((name) => join(dir, kind, name, 'rss.xml'))
      .filter((file) => existsSync(file));
  return [join(dir, 'rss.xml'), ...nested('tags'), ...nested('series')];
}

test('every feed is an RSS 2.0 channel with title, link, description, language and its own address', () => {
  const files = feedFiles(BLOG);
  assert.ok(files.length >= 10, `only ${files.length} feeds`);
  for (const file of files) {
    const { channel, items, self } = readFeed(file);
    assert.ok(text(channel, 'title').startsWith('Field Notes'), file);
    assert.ok(text(channel, 'description').length > 10, file);
    assert.ok(text(channel, 'link').startsWith(BLOG_URL), file);
    assert.equal(text(channel, 'language'), 'en', file);
    assert.equal(self, `${BLOG_URL}${file.slice(BLOG.length + 1)}`, file);
    assert.ok(items.length > 0, `${file}: no items`);
    for (const item of items) {
      assert.ok(item.title, `${file}: an item without a title`);
      assert.ok(item.link.startsWith(`${BLOG_URL}posts/`), `${file}: ${item.link}`);
      assert.equal(item.guid, item.link, file);
      assert.ok(!Number.isNaN(Date.parse(item.pubDate)), `${file}: pubDate "${item.pubDate}"`);
      assert.ok(item.contentHtml.length > 200, `${file}: ${item.link} carries no post`);
    }
  }
});

test('the site feed has every post; a tag’s and a series’ feed have exactly theirs', () => {
  const links = (file: string) =>
    readFeed(join(BLOG, file))
      .items.map((i) => i.link)
      .sort();
  const postUrl = (id: string) => `${BLOG_URL}posts/${id}/`;
  assert.deepEqual(links('rss.xml'), posts.map((p) => postUrl(p.id)).sort());
  const tagged = posts.filter((p) => (p.frontmatter['tags'] as string[]).includes('open-vswitch'));
  assert.deepEqual(links('tags/open-vswitch/rss.xml'), tagged.map((p) => postUrl(p.id)).sort());
  const parts = posts.filter((p) => (p.frontmatter['series'] as { id: string } | undefined)?.id === 'ahv-ovs-light-board');
  assert.deepEqual(links('series/ahv-ovs-light-board/rss.xml'), parts.map((p) => postUrl(p.id)).sort());
});

test('the networking post’s item carries its listings in full, prompts included', () => {
  const item = readFeed(join(BLOG, 'rss.xml')).items.find((i) => i.link.endsWith('/posts/networking-exploration-nutanix-ahv/'))!;
  const networking = posts.find((p) => p.id === 'networking-exploration-nutanix-ahv')!;
  const routes = networking.listings.find((l) => l.meta.includes('Routing table on the AHV host'))!;
  const codes = [...item.content.querySelectorAll('pre > code')].map((code) => code.textContent);
  assert.ok(codes.includes(routes.lines.join('\n')), 'the whole `netstat -r` session, as written');
  assert.ok(codes.some((code) => code.startsWith('[root@DRM-3060-G4-1-1 ~]# ifconfig')));
  assert.equal(codes.length, networking.listings.filter((l) => l.lang !== 'dot').length);
});

test('every URL in every feed is absolute, and the site’s own are under /blog/', () => {
  for (const file of feedFiles(BLOG)) {
    for (const item of readFeed(file).items) {
      assert.doesNotMatch(item.contentHtml, /\s(?:href|src|srcset|poster)="(?!https?:|mailto:)/, `${file}: ${item.link}`);
      const urls = [...item.content.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
      for (const url of urls.filter((u) => u.startsWith(TEST_SITES.blog.origin))) assert.ok(url.startsWith(BLOG_URL), `${file}: ${url}`);
    }
  }
});

test('tag and series pages announce their feed and link to it', () => {
  for (const [page, feed] of [
    ['tags/open-vswitch/index.html', 'tags/open-vswitch/rss.xml'],
    ['series/ahv-ovs-light-board/index.html', 'series/ahv-ovs-light-board/rss.xml'],
  ] as const) {
    const { document } = parseHTML(readFileSync(join(BLOG, page), 'utf8'));
    const alternates = [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute('href'));
    assert.deepEqual(alternates, [`${BLOG_URL}rss.xml`, `${BLOG_URL}${feed}`], page);
    assert.ok(document.querySelector(`main a[href="/blog/${feed}"]`), `${page}: no visible link to its feed`);
  }
});

test('videos become links, and hostile content stays text (fixture site)', () => {
  const { xml, items } = readFeed(join(FIXTURES, 'rss.xml'));
  assert.doesNotMatch(xml, /<script|<img|<iframe/);
  for (const item of items) assert.equal(item.content.querySelectorAll('script, style, iframe, video, svg, button').length, 0, item.link);
  const video = items.find((i) => i.link.endsWith('/posts/video-fixture/'))!;
  assert.deepEqual(
    [...video.content.querySelectorAll('a[href="https://www.youtube.com/watch?v=M7lc1UVf-VE"]')].map((a) => a.textContent),
    ['Watch the video on YouTube: Fixture video', 'Watch the video on YouTube: Fixture body video'],
    'the YouTube videos, the frontmatter’s and the body’s, are links',
  );
  assert.ok(video.content.querySelector('a[href="http://localhost:4321/media/fixture.webm"]'), 'the self-hosted video is a link to its file');
  assert.ok(video.content.querySelector('img[src^="http://localhost:4321/_astro/"]'), 'the image has an absolute src');
  const hostile = items.find((i) => i.link.endsWith('/posts/hostile-content/'))!;
  assert.ok(hostile.title.startsWith('Hostile<script>'), 'the title is text');
  assert.ok(hostile.content.querySelector('pre > code')!.textContent.includes(`<script>alert("code")</script>`), 'the code is text');
  assert.equal(hostile.content.querySelectorAll('a[href^="javascript:" i]').length, 0);
});
