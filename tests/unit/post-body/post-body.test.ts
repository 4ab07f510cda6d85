/** The one parse of a post body: its listings, its images (alt text required), its videos and its words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyseBody, codeListings, imagesWithoutAlt } from '../../../src/post-body/post-body.ts';
import { readPosts, ROOT } from '../../support/posts.ts';

test('images without alt text are found, with their line, in MDX', () => {
  const body = [
    'Intro',
    '',
    '![](./bridge.png)',
    '',
    '![A bridge](./ok.png)',
    '',
    '<img src="/x.png" />',
    '',
    '<Image src={photo} alt="A photo" />',
    '',
    '<img src="/d.png" alt="" />',
  ].join('\n');
  assert.deepEqual(
    imagesWithoutAlt(analyseBody(body, 'mdx')).map(({ src, line }) => ({ src, line })),
    [
      { src: './bridge.png', line: 3 },
      { src: '/x.png', line: 7 },
    ],
  );
});

test('images without alt text are found in plain Markdown and its raw HTML', () => {
  const body = ['![ ](./a.png)', '', '<p><img src="/b.png"></p>', '', '<img src="/c.png" alt="">'].join('\n');
  assert.deepEqual(
    imagesWithoutAlt(analyseBody(body, 'md')).map(({ src, line }) => ({ src, line })),
    [
      { src: './a.png', line: 1 },
      { src: '/b.png', line: 3 },
    ],
  );
});

test('listings may show image syntax as text', () => {
  assert.deepEqual(imagesWithoutAlt(analyseBody('```md\n![](./x.png)\n```\n', 'mdx')), []);
});

test('fences are found with their language, meta, lines and position; diagrams are not code', () => {
  const body = 'Text\n\n```shellsession title="x" {2}\n$ ls\nfile\n```\n\n```dot alt="a" caption="b"\ndigraph { a -> b }\n```\n';
  const parsed = analyseBody(body, 'mdx');
  assert.deepEqual(parsed.listings, [
    { lang: 'shellsession', meta: 'title="x" {2}', lines: ['$ ls', 'file'], line: 3 },
    { lang: 'dot', meta: 'alt="a" caption="b"', lines: ['digraph { a -> b }'], line: 8 },
  ]);
  assert.deepEqual(
    codeListings(parsed).map((l) => l.lang),
    ['shellsession'],
  );
});

test('prose words leave out listings, imports and comments', () => {
  const parsed = analyseBody("import X from './x.astro';\n\nOne two three.\n\n{/* not read */}\n\n```sh\nnot prose at all\n```\n\n<X>four</X>\n", 'mdx');
  assert.equal(parsed.proseWords, 4);
});

test('<YouTube> videos in a body are found with their id, title and line; an id written as an expression cannot be read', () => {
  const body = [
    'Intro',
    '',
    '<YouTube id="M7lc1UVf-VE" title="The talk" />',
    '',
    'In a sentence, <YouTube id="dQw4w9WgXcQ" title="Inline" />, too.',
    '',
    '<YouTube id={someId} />',
    '',
    '```mdx',
    '<YouTube id="in-a-listing" title="Not a video" />',
    '```',
  ].join('\n');
  const parsed = analyseBody(body, 'mdx');
  assert.deepEqual(parsed.videos, [
    { id: 'M7lc1UVf-VE', title: 'The talk', line: 3 },
    { id: 'dQw4w9WgXcQ', title: 'Inline', line: 5 },
    { id: undefined, title: undefined, line: 7 },
  ]);
  assert.equal(parsed.proseWords, 5, 'a video is no words');
});

test('the fixture post’s body videos are found (tests/fixtures/posts/video-fixture.mdx)', () => {
  const [fixture] = readPosts(join(ROOT, 'tests/fixtures/posts')).filter((post) => post.id === 'video-fixture');
  assert.deepEqual(
    fixture!.parsed.videos.map(({ id, title }) => ({ id, title })),
    [{ id: 'M7lc1UVf-VE', title: 'Fixture body video' }],
  );
});

test('the posts have no image without alt text, and their listings are found', () => {
  let listings = 0;
  for (const post of readPosts()) {
    assert.deepEqual(imagesWithoutAlt(post.parsed), [], post.id);
    listings += post.listings.length;
  }
  assert.ok(listings >= 19, `${listings} listings`);
});
