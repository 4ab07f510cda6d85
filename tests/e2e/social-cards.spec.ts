/**
 * Every page links its social card as an absolute og:image under
 * the base path, and the file is there: a 1200×630 PNG served as image/png.
 */
import { test, expect } from './support/strict-page.ts';
import { pageTypes } from './support/site-pages.ts';

/** Width and height from the PNG signature and IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'IHDR first').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every page type: posts, series, conferences and home have cards of their own, the others a card with their title. */
const PAGES = { ...pageTypes, search: '/search/' };
/** What a page's card says, if not the page's h1: a network name's page has its kind's card (card-model.ts entityKindCard). */
const CARD_TITLE: Partial<Record<keyof typeof PAGES, string>> = { entity: 'Bridges' };

// On the root build; under /blog/, tests/build/base-path.test.ts checks og:image and that each card file is there.
test('every page type links a 1200×630 PNG card that is there', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  for (const [kind, path] of Object.entries(PAGES)) {
    await test.step(`the ${kind} page (${path})`, async () => {
      await page.goto(path.slice(1));
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image, 'og:image is absolute').toMatch(/^https?:\/\//);
      const card = new URL(image!);
      expect(card.pathname).toMatch(new RegExp(`^${base}social-cards/.+\\.png$`));
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
      await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
      const cardTitle = CARD_TITLE[kind as keyof typeof PAGES] ?? (await page.locator('h1').innerText());
      expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toContain(cardTitle);

      // The card's origin is the configured SITE_URL; fetch its path from the server under test.
      const response = await page.request.get(new URL(card.pathname, baseURL).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });
  }
});
