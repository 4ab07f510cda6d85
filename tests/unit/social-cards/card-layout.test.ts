/**
 * Social cards (src/social-cards/): titles are fitted with satori's own
 * layout, never overflow their box, and a card already in the cache is not
 * drawn again. Real satori, real resvg, real worker threads.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPosts } from '../../support/posts.ts';
import { TITLE_BOX, TITLE_LINE_HEIGHT, TITLE_SIZES, fitContent, measureTitle, type CardText } from '../../../src/social-cards/card-layout.ts';
import { cardFonts } from '../../../src/social-cards/card-fonts.node.ts';
import { drawCard } from '../../../src/social-cards/card-draw.node.ts';
import { createCardRenderer } from '../../../src/social-cards/card-renderer.node.ts';
import { pngSize } from '../../../src/social-cards/png.node.ts';
import { postCard } from '../../../src/social-cards/card-model.ts';

const { fonts } = cardFonts();
const card = (title: string): CardText => ({
  title,
  kicker: 'Part 3 of 4 · Light Board Series: AHV Open vSwitch Networking',
  date: '16 February 2016',
  site: 'Field Notes',
});
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

test('a drawn card is a 1200×630 PNG', async () => {
  const { png } = await drawCard(card(longestRealTitle));
  assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
});

test('a post card names its series and part, or its conference', () => {
  const pubDate = new Date('2016-02-16');
  assert.equal(postCard({ id: 'x', title: 'T', pubDate, series: { title: 'S', part: 3, parts: 4 } }).kicker, 'Part 3 of 4 · S');
  assert.equal(postCard({ id: 'x', title: 'T', pubDate, conference: { name: 'C' } }).kicker, 'Conference notes · C');
  assert.equal(postCard({ id: 'x', title: 'T', pubDate }).date, '16 February 2016');
});

const cacheDir = mkdtempSync(join(tmpdir(), 'social-cards-'));
after(() => rmSync(cacheDir, { recursive: true, force: true }));

test('a card already in the cache is not drawn again; a changed one is', async () => {
  const first = createCardRenderer({ cacheDir, workers: 1 });
  const file = await first.render(card('Cached card'));
  assert.equal(first.stats().drawn, 1);
  await first.close();

  const second = createCardRenderer({ cacheDir, workers: 1 });
  assert.equal(await second.render(card('Cached card')), file);
  assert.equal(second.stats().drawn, 0);
  const changed = await second.render({ ...card('Cached card'), date: '17 February 2016' });
  assert.notEqual(changed, file);
  assert.equal(second.stats().drawn, 1);
  await second.close();
  assert.deepEqual(pngSize(readFileSync(changed)), { width: 1200, height: 630 });
});

test("a page's name for the card list is Astro's: under the base path, no leading slash, a trailing one", async () => {
  const { pageName } = await import('../../../src/social-cards/social-cards-integration.ts');
  assert.equal(pageName('/', '/'), '');
  assert.equal(pageName('/posts/x/', '/'), 'posts/x/');
  assert.equal(pageName('/blog/posts/x/', '/blog/'), 'posts/x/');
  assert.equal(pageName('/blog/', '/blog/'), '');
  assert.equal(pageName('/blog/404', '/blog/'), '404/');
});
