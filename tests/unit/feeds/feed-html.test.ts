/**
 * The feed's rewrite of a post body (src/feeds/feed-html.ts), run on the
 * networking post's own listings and diagrams as the real highlighting
 * pipeline renders them: each listing must come out as one plain
 * `<pre><code>` holding exactly what the author wrote, and nothing of the
 * page's machinery (buttons, status regions, classes, data-pagefind-*) may
 * reach a feed reader.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { feedHtml, feedVideoHtml } from '../../../src/feeds/feed-html.ts';
import { highlightFence } from '../../support/highlight.ts';
import { migratedPostFile, readPostFile } from '../../support/posts.ts';

const POST_URL = 'https://notes.example.org/blog/posts/networking-exploration-nutanix-ahv/';
const post = readPostFile(migratedPostFile('networking-exploration-nutanix-ahv'));
const listings = post.listings.filter((l) => l.lang !== 'dot');
const diagrams = post.listings.filter((l) => l.lang === 'dot');

/** The post's fences rendered as on the page, between paragraphs, run through the feed rewrite. */
async function feedDocument(): Promise<Document> {
  const parts = ['<p>Intro with <a href="/blog/posts/other/">a site link</a>.</p>'];
  for (const listing of post.listings)
    parts.push(await highlightFence({ lang: listing.lang, meta: listing.meta, code: listing.lines.join('\n') }), '<p>Prose.</p>');
  return parseHTML(`<!doctype html><html><body>${feedHtml(parts.join('\n'), POST_URL)}</body></html>`).document;
}

const feed = await feedDocument();

test('every listing of the networking post is one <pre><code> with its text exactly as written, prompts included', () => {
  assert.ok(listings.length >= 10, `only ${listings.length} listings found`);
  const codes = [...feed.querySelectorAll('pre')].map((pre) => {
    assert.equal(pre.children.length, 1, 'a <pre> holds one <code>');
    assert.equal(pre.firstElementChild!.tagName, 'CODE');
    assert.equal(pre.firstElementChild!.children.length, 0, 'the code is plain text: no spans');
    return pre.textContent;
  });
  assert.deepEqual(
    codes,
    listings.map((l) => l.lines.join('\n')),
  );
  assert.ok(codes.some((code) => code.startsWith('[root@DRM-3060-G4-1-1 ~]# netstat -r \nKernel IP routing table\n')));
});

test('listing titles become figcaptions', () => {
  const captions = [...feed.querySelectorAll('figure > figcaption')].map((c) => c.textContent);
  assert.ok(captions.includes('Routing table on the AHV host'), captions.join(' | '));
});

test('diagrams become their text alternative and caption, without SVG', () => {
  assert.ok(diagrams.length > 0);
  assert.equal(feed.querySelectorAll('svg').length, 0);
  const figures = [...feed.querySelectorAll('figure')].filter((f) => !f.querySelector('pre'));
  assert.equal(figures.length, diagrams.length);
  for (const figure of figures) {
    assert.ok(figure.querySelector('p')!.textContent.length > 40, 'the alt text is a paragraph');
    assert.ok(figure.querySelector('ul li'), 'the connections are a list');
    assert.ok(figure.querySelector('figcaption')!.textContent.length > 10);
    assert.equal(figure.querySelector('summary, details'), null);
  }
});

test('nothing of the page’s machinery is left: no buttons, status, hidden, aria, classes, ids, data-*, empty spans', () => {
  assert.equal(feed.querySelectorAll('button, script, style, details, summary, [hidden], [role], [class], [id], [tabindex], span').length, 0);
  const attributes = [...feed.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
  assert.deepEqual(
    attributes.filter((name) => name.startsWith('aria-') || name.startsWith('data-')),
    [],
  );
});

test('links and images get absolute URLs against the post, under the base path', () => {
  const html = feedHtml(
    [
      '<p><a href="/blog/posts/other/">other</a> <a href="#routes">routes</a> <a href="https://example.com/x">out</a></p>',
      '<p><img src="/blog/_astro/a.webp" srcset="/blog/_astro/a.webp 400w, /blog/_astro/b.webp 800w" alt="A" width="400" height="300" loading="lazy"></p>',
      '<p><a href="javascript:alert(1)">bad</a></p>',
    ].join(''),
    POST_URL,
  );
  assert.equal(
    html,
    [
      '<p><a href="https://notes.example.org/blog/posts/other/">other</a> <a href="https://notes.example.org/blog/posts/networking-exploration-nutanix-ahv/#routes">routes</a> <a href="https://example.com/x">out</a></p>',
      '<p><img src="https://notes.example.org/blog/_astro/a.webp" srcset="https://notes.example.org/blog/_astro/a.webp 400w, https://notes.example.org/blog/_astro/b.webp 800w" alt="A" width="400" height="300"></p>',
      '<p>bad</p>',
    ].join(''),
  );
  assert.doesNotMatch(feed.body.innerHTML, /(?:href|src)="\//);
});

test('scripts and styles go, and a YouTube facade becomes a link to the video', () => {
  const html = feedHtml(
    [
      '<style>p{color:red}</style><script>alert(1)</script>',
      '<figure class="video"><a class="video-facade" href="https://www.youtube.com/watch?v=M7lc1UVf-VE" data-youtube-id="M7lc1UVf-VE" data-video-title="Demo">',
      '<span class="video-poster drawn" aria-hidden="true"><span>Demo</span></span><span class="sr-only">Play video: Demo</span></a>',
      '<figcaption>Video: Demo. Playing it loads YouTube’s player.</figcaption></figure>',
    ].join(''),
    POST_URL,
  );
  assert.equal(html, '<p><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Watch the video on YouTube: Demo</a></p>');
});

test('a post’s own video is a link: to it on YouTube, or to a search when its address was lost', () => {
  assert.equal(
    feedVideoHtml({ title: 'Demo', youtube: 'M7lc1UVf-VE' }),
    '<p><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Watch the video on YouTube: Demo</a></p>',
  );
  const elsewhere = feedVideoHtml({ title: 'Part <1>', channel: 'a channel' });
  assert.match(elsewhere, /^<p><strong>Video:<\/strong> “Part &#x3C;1>” was published on a channel; /);
  assert.match(elsewhere, /<a href="https:\/\/www\.youtube\.com\/results\?search_query=Part%20%3C1%3E">Search YouTube for it<\/a>/);
});
