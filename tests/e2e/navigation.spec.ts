import type { Page } from '@playwright/test';
import { test, expect } from './support/strict-page.ts';
import { readPublishedPosts } from '../support/posts.ts';

/** Presses Tab until the focused element is a link to `path`, then Enter. Fails after 150 presses. */
async function tabToLinkAndOpen(page: Page, path: string) {
  for (let presses = 0; presses < 150; presses++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    if (href === path) {
      await Promise.all([page.waitForURL((url) => url.pathname === path), page.keyboard.press('Enter')]);
      return;
    }
  }
  throw new Error(`No link to ${path} reachable by Tab on ${page.url()}`);
}

test('home → archive → post → tag → another post → series → part, by keyboard alone', async ({ page }) => {
  await page.goto('/');
  // Through the archive, which lists every post: the home page shows the newest, and the author's next post pushes this one down.
  await tabToLinkAndOpen(page, '/archive/');
  await tabToLinkAndOpen(page, '/posts/networking-exploration-nutanix-ahv/');
  await expect(page.locator('h1')).toHaveText('Networking Exploration in Nutanix AHV');
  await tabToLinkAndOpen(page, '/tags/open-vswitch/');
  await expect(page.locator('h1')).toContainText('Open vSwitch');
  await tabToLinkAndOpen(page, '/posts/ahv-ovs-light-board-part-1/');
  await expect(page.locator('h1')).toContainText('Part 1');
  await tabToLinkAndOpen(page, '/series/ahv-ovs-light-board/');
  await expect(page.locator('h1')).toHaveText('Light Board Series: AHV Open vSwitch Networking');
  await tabToLinkAndOpen(page, '/posts/ahv-ovs-light-board-part-4/');
  await expect(page.locator('h1')).toContainText('Part 4');
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/archive/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the archive groups every post by year, newest first', async ({ page }) => {
  const published = readPublishedPosts();
  const yearOf = (date: unknown) => (date instanceof Date ? String(date.getUTCFullYear()) : String(date).slice(0, 4));
  const years = [...new Set(published.map((post) => yearOf(post.frontmatter['pubDate'])))].sort().reverse();
  // The migrated posts alone span these years: a new post can only add one.
  expect(years).toEqual(expect.arrayContaining(['2018', '2016', '2015', '2014']));
  await page.goto('/archive/');
  await expect(page.locator('main h2')).toHaveText(years);
  await expect(page.locator('.archive li')).toHaveCount(published.length);
});

// The server is scripts/serve.ts, which `npm start` and `npm run preview` run too: what passes here is what they do.
test('an unknown path is answered with the 404 page, which searches; a folder without its slash is redirected', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /archive/i }).first()).toBeVisible();
  await test.step('its search box is a plain form that opens the search page with the query', async () => {
    const form = page.getByRole('search', { name: 'Search the posts' });
    await expect(form).toHaveAttribute('method', 'get');
    await form.getByRole('searchbox', { name: 'Search the posts' }).fill('ovs-vsctl');
    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), form.getByRole('button', { name: 'Search' }).click()]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ovs-vsctl');
  });
  await test.step('a post without its trailing slash reaches the post', async () => {
    const redirected = await page.goto('/posts/networking-exploration-nutanix-ahv');
    expect(redirected?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/posts/networking-exploration-nutanix-ahv/');
    expect(redirected?.request().redirectedFrom()?.url()).toMatch(/\/posts\/networking-exploration-nutanix-ahv$/);
    await expect(page.locator('h1')).toHaveText('Networking Exploration in Nutanix AHV');
  });
  await test.step('an index without its slash reaches the index; an unknown path without one, the 404 page', async () => {
    await page.goto('/series');
    await expect(page.locator('h1')).toHaveText('Series');
    const missing = await page.goto('/posts/no-such-post');
    expect(missing?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
  });
});

test('at 320 px wide no page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/posts/networking-exploration-nutanix-ahv/', '/conferences/all-things-open-2018/', '/archive/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
