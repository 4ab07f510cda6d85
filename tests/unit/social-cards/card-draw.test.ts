/** A card drawn by satori and resvg (src/social-cards/card-draw.node.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPosts } from '../../support/posts.ts';
import { drawCard } from '../../../src/social-cards/card-draw.node.ts';
import { pngSize } from '../../../src/social-cards/png.node.ts';
import { card } from '../../support/card-text.ts';

const longestRealTitle = readPosts()
  .map((post) => String(post.frontmatter['title']))
  .sort((a, b) => b.length - a.length)[0]!;

test('a drawn card is a 1200×630 PNG', async () => {
  const { png } = await drawCard(card(longestRealTitle));
  assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
});
