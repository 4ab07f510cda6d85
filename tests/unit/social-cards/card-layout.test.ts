/**
 * Social card titles (src/social-cards/card-layout.ts) are fitted with
 * satori's own layout and never overflow their box. Real satori, with the
 * real fonts (card-fonts.node.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPosts } from '../../support/posts.ts';
import { TITLE_BOX, TITLE_LINE_HEIGHT, TITLE_SIZES, fitContent, measureTitle } from '../../../src/social-cards/card-layout.ts';
import { cardFonts } from '../../../src/social-cards/card-fonts.node.ts';
import { card } from '../../support/card-text.ts';

const { fonts } = cardFonts();
const longestRealTitle = readPosts()
  .map((post) => String(post.frontmatter['title']))
  .sort((a, b) => b.length - a.length)[0]!;
const title200 =
  'Bridges, bonds and VLANs on Nutanix AHV: what ovs-vsctl show, ovs-appctl bond/show and manage_ovs tell you, and the order to read them in when a host loses its uplinks '.padEnd(
    200,
    'x',
  );

/** Fits the title, then asks satori again, independently, how it lays out at the chosen size. */
async function assertFits(title: string) {
  const { fit } = await fitContent(card(title), fonts);
  const measured = await measureTitle(card(title), fonts, fit.fontSize, fit.clamped ? fit.lines : undefined);
  assert.ok(measured.height <= TITLE_BOX.height, `${measured.height}px tall at ${fit.fontSize}px, the box is ${TITLE_BOX.height}px`);
  assert.ok(measured.width <= TITLE_BOX.width, `${measured.width}px wide, the box is ${TITLE_BOX.width}px`);
  assert.equal(Math.round(measured.height / (fit.fontSize * TITLE_LINE_HEIGHT)), fit.lines);
  // The largest size that fits: the size before it would have overflowed.
  const larger = TITLE_SIZES[TITLE_SIZES.indexOf(fit.fontSize as (typeof TITLE_SIZES)[number]) - 1];
  if (larger) assert.ok((await measureTitle(card(title), fonts, larger)).height > TITLE_BOX.height, `${larger}px would have fitted too`);
  return fit;
}

test('the longest real post title fits its box at the largest size that fits', async () => {
  const fit = await assertFits(longestRealTitle);
  assert.equal(fit.clamped, false);
});

test('a 200-character title shrinks to fit, whole', async () => {
  assert.equal(title200.length, 200);
  const fit = await assertFits(title200);
  assert.ok(fit.fontSize < TITLE_SIZES[0]);
  assert.equal(fit.clamped, false);
});

test('a title too long for the smallest size is clamped to the lines that fit, with an ellipsis', async () => {
  const fit = await assertFits('a very long title '.repeat(40));
  assert.equal(fit.clamped, true);
  assert.equal(fit.fontSize, TITLE_SIZES.at(-1));
  assert.equal(fit.lines, Math.floor(TITLE_BOX.height / (fit.fontSize * TITLE_LINE_HEIGHT)));
});
