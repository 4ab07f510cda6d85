/**
 * The post `npm run new` started in the fixture site (tests/support/build-test-sites.ts),
 * once its author wrote the description and published it, is a page like any other.
 */
import { test, expect } from './support/strict-page.ts';
import { siteUrl } from './support/test-sites.ts';
import { NEW_POST } from '../support/build-test-sites.ts';

test.use({ baseURL: siteUrl('fixtures') });

test('a post started with npm run new is served once written, with its tags and card', async ({ page }) => {
  const response = await page.goto(`posts/${NEW_POST.slug}/`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Trunk ports on bond0');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', NEW_POST.description);
  await expect(page.locator('.post-header').getByRole('link', { name: 'AHV' })).toBeVisible();
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/social-cards/posts/${NEW_POST.slug}\\.png$`));
});
