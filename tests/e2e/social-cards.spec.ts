/**
 * Every page links its social card as an absolute og:image under
 * the base path, and the file is there: a 1200×630 PNG served as image/png.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { pngSize } from '../../src/social-cards/png.node.ts';
import { test, expect } from './support/strict-page.ts';
import { pageTypes } from './support/site-pages.ts';

/** Every page type: posts, series, conferences and home have cards of their own, the others a card with their title. */
const PAGES = { ...pageTypes, search: '/search/' };
/** What a page's card says, if not the page's h1: a network name's page has its kind's card (card-model.ts entityKindCard). */
const CARD_TITLE: Partial<Record<keyof typeof PAGES, string>> = { entity: 'Bridges' };

/** What a link preview reads: the page's meta tags (property or name → content) and its h1, from the HTML as served. */
function previewOf(html: string): { meta: Map<string, string>; h1: string } {
  const meta = new Map<string, string>();
  let h1 = '';
  visit(fromHtml(html), 'element', (node: Element) => {
    const key = node.properties['property'] ?? node.properties['name'];
    if (node.tagName === 'meta' && key) meta.set(String(key), String(node.properties['content'] ?? ''));
    if (node.tagName === 'h1' && !h1) h1 = toString(node).replace(/\s+/g, ' ').trim();
  });
  return { meta, h1 };
}

// On the root build; under /blog/, tests/build/base-path.test.ts checks og:image and that each card file is there.
// A crawler does not render the page, and neither does this test: each page is fetched from the server under test.
test('every page type links a 1200×630 PNG card that is there', async ({ request, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  for (const [kind, path] of Object.entries(PAGES)) {
    await test.step(`the ${kind} page (${path})`, async () => {
      const { meta, h1 } = previewOf(await (await request.get(path.slice(1))).text());
      const image = meta.get('og:image');
      expect(image, 'og:image is absolute').toMatch(/^https?:\/\//);
      const card = new URL(image!);
      expect(card.pathname).toMatch(new RegExp(`^${base}social-cards/.+\\.png$`));
      expect(meta.get('twitter:card')).toBe('summary_large_image');
      expect(meta.get('og:image:width')).toBe('1200');
      expect(meta.get('og:image:height')).toBe('630');
      expect(h1, 'the page has an h1').not.toBe('');
      expect(meta.get('og:image:alt')).toContain(CARD_TITLE[kind as keyof typeof PAGES] ?? h1);

      // The card's origin is the configured SITE_URL; fetch its path from the server under test.
      const response = await request.get(new URL(card.pathname, baseURL).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
      // pngSize (the cards' own encoder module) reads IHDR, and throws if it is not the first chunk.
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    });
  }
});
