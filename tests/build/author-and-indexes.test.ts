/**
 * The author (AUTHOR in src/config/site.ts) as the built sites show it, and
 * the index pages every URL implies. The real site (dist/) knows no name,
 * address or profile of its author, so it claims none: no JSON-LD Person,
 * no "Reply by email". The fixture site sets an address
 * (FIXTURE_AUTHOR_EMAIL) and has guest authors (the WordPress import).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { FIXTURE_AUTHOR_EMAIL, TEST_SITES } from '../support/build-test-sites.ts';
import { readPublishedPosts, ROOT } from '../support/posts.ts';
import { AUTHOR, SITE } from '../../src/config/site.ts';
import { listFiles } from '../../src/lib/files.node.ts';

const ROOT_OUT = TEST_SITES.root.dir;
const FIXTURES = TEST_SITES.fixtures;
const fixturePosts = readPublishedPosts(join(FIXTURES.source, 'content/posts'));

before(() => {
  for (const dir of [ROOT_OUT, FIXTURES.dir])
    assert.ok(existsSync(join(dir, 'about/index.html')), `no build in ${dir}: run \`npm run build:test-sites\` first`);
});

const page = (dir: string, path: string) => parseHTML(readFileSync(join(dir, path, 'index.html'), 'utf8')).document;
const jsonLdOf = (doc: Document) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
const ids = (dir: string) => readdirSync(join(ROOT, dir)).map((name) => name.replace(/\.yaml$/, ''));

test('the real site names no author it does not know, and never its own title as a person', () => {
  const pages = listFiles(ROOT_OUT).filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    const script = readFileSync(file, 'utf8').match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1];
    if (!script) continue;
    const author = (JSON.parse(script) as { author?: { name: string } }).author;
    assert.notEqual(author?.name, SITE.title, file);
    assert.equal(author?.name, AUTHOR.name, `${file}: the author is the configured one, or none`);
  }
  const post = jsonLdOf(page(ROOT_OUT, 'posts/networking-exploration-nutanix-ahv'));
  assert.equal(post['@type'], 'BlogPosting');
  if (!AUTHOR.name) assert.equal('author' in post, false);
});

test('a guest’s post is theirs: in its header, its JSON-LD and its feed item', () => {
  const guests = fixturePosts.filter((post) => typeof post.frontmatter['author'] === 'string');
  assert.ok(guests.length >= 2, `${guests.length} posts by a guest`);
  const feed = readFileSync(join(FIXTURES.dir, 'rss.xml'), 'utf8');
  assert.match(feed, /<rss [^>]*xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
  for (const post of guests.slice(0, 3)) {
    const name = post.frontmatter['author'] as string;
    const doc = page(FIXTURES.dir, `posts/${post.id}`);
    assert.match(doc.querySelector('.post-header .meta')!.textContent!, new RegExp(`^By ${name} · `), post.id);
    assert.deepEqual(jsonLdOf(doc)['author'], { '@type': 'Person', name }, post.id);
  }
  const items = [...feed.matchAll(/<item>(.*?)<\/item>/gs)].map(([, item]) => item!);
  const withCreator = items.filter((item) => /<dc:creator>[^<]+<\/dc:creator>/.test(item));
  assert.ok(withCreator.length > 0, 'some item names its guest author');
  for (const item of withCreator) {
    const link = item.match(/<link>([^<]+)<\/link>/)![1]!;
    const post = guests.find((p) => link.endsWith(`/posts/${p.id}/`));
    assert.ok(post, `${link}: only guests are named while the site's author has no name`);
    assert.ok(item.includes(`<dc:creator>${post.frontmatter['author'] as string}</dc:creator>`), link);
  }
});

test('posts offer "Reply by email" with their title as the subject when the author has an address, and not otherwise', () => {
  for (const post of fixturePosts.slice(0, 5)) {
    const doc = page(FIXTURES.dir, `posts/${post.id}`);
    const links = [...doc.querySelectorAll('a[href^="mailto:"]')];
    assert.equal(links.length, 1, post.id);
    const title = doc.querySelector('h1')!.textContent!;
    assert.equal(links[0]!.getAttribute('href'), `mailto:${FIXTURE_AUTHOR_EMAIL}?subject=${encodeURIComponent(`Re: ${title}`)}`, post.id);
    assert.equal(links[0]!.textContent, 'Reply by email');
  }
  if (!AUTHOR.email) {
    const posts = readdirSync(join(ROOT_OUT, 'posts')).filter((name) => name !== 'index.html');
    assert.ok(posts.length >= 8);
    for (const id of posts) assert.equal(page(ROOT_OUT, `posts/${id}`).querySelector('a[href^="mailto:"]'), null, id);
  }
});

test('the About page says what the config says of the author, and every page links to it and to the indexes', () => {
  const about = page(ROOT_OUT, 'about');
  const text = about.querySelector('main')!.textContent!.replace(/\s+/g, ' ');
  for (const fact of [AUTHOR.name, AUTHOR.role, AUTHOR.employer, ...AUTHOR.bio]) if (fact) assert.ok(text.includes(fact), fact);
  for (const path of ['', 'posts/networking-exploration-nutanix-ahv', 'about', 'series', 'conferences', 'posts']) {
    const footer = [...page(ROOT_OUT, path).querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
    for (const href of ['/posts/', '/series/', '/conferences/', '/about/']) assert.ok(footer.includes(href), `/${path}: the footer links to ${href}`);
  }
});

test('/posts/, /series/ and /conferences/ list every post, series and conference', () => {
  const linksIn = (path: string, prefix: string) =>
    [...page(ROOT_OUT, path).querySelectorAll(`main a[href^="${prefix}"]`)].map((a) => a.getAttribute('href')!).filter((href) => href !== prefix);
  assert.deepEqual(new Set(linksIn('posts', '/posts/')), new Set(readPublishedPosts().map((post) => `/posts/${post.id}/`)));
  assert.deepEqual(new Set(linksIn('series', '/series/')), new Set(ids('content/series').map((id) => `/series/${id}/`)));
  assert.deepEqual(new Set(linksIn('conferences', '/conferences/')), new Set(ids('content/conferences').map((id) => `/conferences/${id}/`)));
});
