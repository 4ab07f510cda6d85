import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findImagesWithoutAlt } from '../../src/lib/image-alt.ts';
import { readPosts } from '../support/posts.ts';

test('images without alt text are found, with their line', () => {
  const body = ['Intro', '![](./bridge.png)', '![A bridge](./ok.png)', '<img src="/x.png">', '<Image src={photo} alt="A photo" />', '<img src="/d.png" alt="">'].join('\n');
  assert.deepEqual(findImagesWithoutAlt(body), [
    { line: 2, src: './bridge.png' },
    { line: 4, src: '/x.png' },
  ]);
});

test('listings may show image syntax as text', () => {
  assert.deepEqual(findImagesWithoutAlt('```md\n![](./x.png)\n```\n'), []);
});

test('the posts have no image without alt text', () => {
  for (const post of readPosts()) assert.deepEqual(findImagesWithoutAlt(post.body), [], post.id);
});
