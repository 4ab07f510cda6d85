/**
 * The site header (src/components/SiteHeader.astro): one row at every
 * width, at most 64 px tall on a phone; the main links inline on a wide
 * screen and in a menu on a narrow one; the `/` shortcut's hint only where a
 * keyboard is likely. In both colour schemes.
 */
import { devices } from '@playwright/test';
import { test, expect } from './support/strict-page.ts';
import { expectAccessibleInBothSchemes } from './support/axe.ts';

const MAIN_LINKS = ['Archive', 'Series', 'Conferences', 'Tags', 'About', 'RSS'];
const SCHEMES = ['light', 'dark'] as const;

test.describe('on a phone (360 px, touch)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, userAgent: devices['Pixel 7'].userAgent });

  for (const colorScheme of SCHEMES) {
    test(`the header is one row of at most 64 px, and the menu holds the main links (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/posts/networking-exploration-nutanix-ahv/');
      const header = page.locator('.site-header');
      const box = (await header.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(64);
      // One row: every visible part of the bar sits within the same band of the header.
      const parts = await page
        .locator('.site-header .bar > *')
        .evaluateAll((elements) => elements.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(parts.length).toBeGreaterThanOrEqual(4);
      const top = Math.min(...parts.map((p) => p.top));
      for (const part of parts) expect(part.top - top, 'every part of the header on its first row').toBeLessThan(part.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // No keyboard hint without a keyboard.
      await expect(page.locator('.site-search .shortcut')).toBeHidden();

      const menu = page.getByRole('navigation', { name: 'Main menu' });
      await expect(menu).toBeHidden();
      await page.locator('.links-menu summary').click();
      await expect(menu).toBeVisible();
      for (const name of MAIN_LINKS) await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
      await menu.getByRole('link', { name: 'Conferences', exact: true }).click();
      await expect(page).toHaveURL(/\/conferences\/$/);
    });
  }

  test('the menu opens and closes by keyboard, and passes axe open, light and dark', async ({ page }) => {
    await page.goto('/');
    const summary = page.locator('.links-menu summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expect(menu.getByRole('link', { name: 'About', exact: true })).toBeVisible();
    await expectAccessibleInBothSchemes(page);
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link', { name: 'Archive', exact: true })).toBeFocused();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
  });

  test('with a query, the search page leaves the keyboard down: the box is not focused', async ({ page }) => {
    await page.goto('/search/?q=ovs-vsctl');
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(page.getByLabel('Search the notes')).not.toBeFocused();
  });
});

test.describe('on a wide screen (1440 px, a mouse)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const colorScheme of SCHEMES) {
    test(`the main links are in the header, the menu is not, and "/" is hinted (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Main', exact: true });
      for (const name of MAIN_LINKS) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      await expect(page.locator('.links-menu')).toBeHidden();
      await expect(page.locator('.site-search .shortcut')).toBeVisible();
      // Everything in the header stays inside the page's column.
      const bar = (await page.locator('.site-header .bar').boundingBox())!;
      for (const part of await page.locator('.site-header .bar > :visible').all()) {
        const box = (await part.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(bar.x + bar.width + 0.5);
      }
      await page.getByRole('searchbox', { name: 'Search' }).focus();
      await expect(page.locator('.site-search .shortcut')).toBeHidden();
    });
  }
});
