/** Where a post's broken link is written (src/link-check/link-source-location.ts), on real posts and on each way a post can write a link. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLinkInSource, spellings } from '../../../src/link-check/link-source-location.ts';
import { source, whereIs } from '../../support/post-source.ts';

const GUIDE = 'content/posts/nutanix-ahv-best-practices-guide.mdx';
const VIDEO_FIXTURE = 'tests/fixtures/posts/video-fixture.mdx';
const NETWORKING = '/posts/networking-exploration-nutanix-ahv/';

test("a post's link is found at its line and column in the file, front matter counted", () => {
  const { line, column } = whereIs(GUIDE, `](${NETWORKING})`);
  const at = { line, column: column + 2, written: NETWORKING };
  assert.deepEqual(findLinkInSource(source(GUIDE), spellings([NETWORKING], NETWORKING, '/', '/posts/nutanix-ahv-best-practices-guide/')), [at]);
  // Under /blog/ the page's link has the base and a feed's is absolute; the author wrote neither.
  const blog = spellings(
    [`/blog${NETWORKING}`, `https://notes.example.org/blog${NETWORKING}`],
    `/blog${NETWORKING}`,
    '/blog/',
    '/blog/posts/nutanix-ahv-best-practices-guide/',
  );
  assert.deepEqual(findLinkInSource(source(GUIDE), blog), [at]);
  // A URL the link only starts with is another link.
  assert.deepEqual(findLinkInSource(source(GUIDE), ['/posts/networking-exploration']), []);
});

test("a component's URL attribute is found; an image the build renamed is not, and the report names the file alone", () => {
  const { line, column } = whereIs(VIDEO_FIXTURE, 'src="/media/fixture.webm"');
  assert.deepEqual(findLinkInSource(source(VIDEO_FIXTURE), ['/media/fixture.webm']), [{ line, column: column + 5, written: '/media/fixture.webm' }]);
  const image = '/_astro/fixture-gradient.Bx3kQ9.webp';
  assert.deepEqual(findLinkInSource(source(VIDEO_FIXTURE), spellings([image], image, '/', '/posts/video-fixture/')), []);
});

test('every way a post writes a link is found, and a mention that is no link is not', () => {
  const text = [
    '---',
    'title: "Links"',
    '---',
    'An [inline](/posts/x/) link, one [with a title](/posts/x/ "Title") and [in brackets](</posts/x/>).',
    '',
    'A [reference][x] and an image ![alt](/posts/x/).',
    '',
    '[x]: /posts/x/',
    '',
    '<a href="/posts/x/">HTML</a> <a href={"/posts/x/"}>JSX</a> <a href=\'/posts/x/\'>single</a> <https://notes.example.org/posts/x/>',
    '',
    'Not links: /posts/x/ in prose, `/posts/x/` in code, [text](/posts/x/more/) and [text](/posts/x/#a).',
  ].join('\n');
  const found = findLinkInSource(text, ['/posts/x/', 'https://notes.example.org/posts/x/']);
  assert.deepEqual(
    found.map(({ line, column }) => `${line}:${column}`),
    // Each column is the target's first character: after `](`, `](<`, `]: `, `href="`, `href={"`, `<`.
    ['4:13', '4:49', '4:87', '6:38', '8:6', '10:10', '10:40', '10:69', '10:92'],
  );
  assert.equal(found.at(-1)!.written, 'https://notes.example.org/posts/x/');
});

test("an #anchor is spelled as the author writes it on the post's own page, and from the root on another's", () => {
  assert.ok(spellings(['#setup'], '/blog/posts/p/#setup', '/blog/', '/blog/posts/p/').includes('#setup'));
  assert.ok(spellings(['/blog/posts/q/#setup'], '/blog/posts/q/#setup', '/blog/', '/blog/posts/p/').includes('/posts/q/#setup'));
  assert.ok(!spellings(['/blog/posts/q/#setup'], '/blog/posts/q/#setup', '/blog/', '/blog/posts/p/').includes('#setup'));
  assert.ok(spellings(['/posts/caf%C3%A9/'], '/posts/caf%C3%A9/', '/', '/posts/p/').includes('/posts/café/'), 'as written, not %-escaped');
});
