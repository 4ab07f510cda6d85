/**
 * Runs on the fixture build (tests/fixtures/posts/video-fixture.mdx: a video in
 * its frontmatter and one in its body; moved-from-wordpress.mdx: one in its
 * body only), the only posts with a known YouTube id.
 */
import type { Locator, Page } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './support/axe.ts';
import { test, expect } from './support/strict-page.ts';
import { siteUrl } from './support/test-sites.ts';

test.use({ baseURL: siteUrl('fixtures') });

const POST = 'posts/video-fixture/';

/**
 * No network here: the tests answer the player's request with this page. It
 * notes the keys it receives, since the embedding page's activeElement alone
 * cannot tell whether keyboard focus really reached a cross-origin player.
 */
const PLAYER =
  '<!doctype html><title>player</title><script>addEventListener("keydown", (event) => { document.documentElement.dataset.keys = (document.documentElement.dataset.keys ?? "") + event.key; });</script>';
const servePlayer = (page: Page) => page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: PLAYER }));

/** The player has focus: the page says so, and a key pressed now (k, YouTube's play/pause) reaches this player, not the page or another. */
async function expectPlayerFocused(page: Page, iframe: Locator) {
  await expect(iframe).toBeFocused();
  await page.keyboard.press('k');
  await expect(iframe.contentFrame().locator('html')).toHaveAttribute('data-keys', 'k');
}

test('nothing outside the site is requested until play; then the player comes from youtube-nocookie', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await servePlayer(page);
  await page.goto(POST);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(300);
  expect(foreign).toEqual([]);

  const facade = page.getByRole('link', { name: 'Play video: Fixture video (loads the YouTube player)' });
  await expect(facade).toBeVisible();
  const playerRequested = page.waitForRequest((request) => request.url().startsWith('https://www.youtube-nocookie.com/'));
  await facade.click();
  await playerRequested;
  const iframe = page.locator('iframe.video-frame');
  await expect(iframe).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
  await expect(iframe).toHaveAttribute('title', 'Fixture video');
  await expectPlayerFocused(page, iframe);
  expect(foreign.length).toBeGreaterThan(0);
  expect(foreign.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);

  await test.step('a video in the body (<YouTube>) is a facade too, and plays in its own place', async () => {
    const body = page.getByRole('link', { name: 'Play video: Fixture body video (loads the YouTube player)' });
    await expect(body).toBeVisible();
    await body.click();
    const frames = page.locator('iframe.video-frame');
    await expect(frames).toHaveCount(2);
    await expect(frames.nth(1)).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
    await expect(frames.nth(1)).toHaveAttribute('title', 'Fixture body video');
    await expectPlayerFocused(page, frames.nth(1));
    expect(foreign.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
  });
});

/** Inline scripts of the page that drive a YouTube facade (YouTubeFacade.astro's, bundled and hashed by Astro). */
const facadeScripts = (page: Page) => page.evaluate(() => [...document.scripts].filter((script) => script.textContent.includes('data-youtube-id')).length);

test('the facade plays from the keyboard; its script loads on the pages with a video, wherever it is, and only there', async ({ page }) => {
  await servePlayer(page);
  await page.goto(POST);
  await page.getByRole('link', { name: /^Play video: Fixture video/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('iframe.video-frame')).toBeVisible();
  await expectPlayerFocused(page, page.locator('iframe.video-frame'));

  await test.step('a post whose only video is in its body loads the script, and the video plays', async () => {
    await page.goto('posts/moved-from-wordpress/');
    expect(await facadeScripts(page)).toBe(1);
    await page.getByRole('link', { name: /^Play video: Imported post video/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('iframe.video-frame')).toHaveAttribute('title', 'Imported post video');
    await expectPlayerFocused(page, page.locator('iframe.video-frame'));
  });

  await test.step('a post without a video does not load it', async () => {
    await page.goto('posts/hostile-content/');
    expect(await facadeScripts(page)).toBe(0);
  });
});

test('without JavaScript the video is a working link to YouTube', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(POST);
  const link = page.getByRole('link', { name: /^Play video: Fixture video/ });
  await expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=M7lc1UVf-VE');
  await expect(page.getByRole('link', { name: /^Play video: Fixture body video/ })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=M7lc1UVf-VE');
  await expect(page.locator('iframe')).toHaveCount(0);
  await context.close();
});

test('a self-hosted video loads nothing but its poster until played, and has captions', async ({ page }) => {
  const media: string[] = [];
  page.on('request', (request) => request.url().includes('/media/') && media.push(new URL(request.url()).pathname));
  await page.goto(POST);
  const video = page.locator('figure.self-hosted-video video');
  await expect(video).toHaveAttribute('preload', 'none');
  await expect(video).toHaveAttribute('poster', '/media/fixture-poster.svg');
  await expect(video.locator('track[kind="captions"]')).toHaveAttribute('src', '/media/fixture.en.vtt');
  await page.waitForLoadState('networkidle');
  expect(media.filter((path) => path.endsWith('.webm'))).toEqual([]);
});

test("the light board parts say where their videos live, and the series shows every part's video status", async ({ page }) => {
  await page.goto('posts/ahv-ovs-light-board-part-1/');
  const note = page.getByRole('complementary', { name: 'About the video' });
  await expect(note).toContainText('was published on the nu.school YouTube page of the Nutanix education team');
  await expect(page.locator('iframe, a[data-youtube-id]')).toHaveCount(0);
  await page.goto('series/ahv-ovs-light-board/');
  await expect(page.locator('.parts li')).toHaveText([
    /Part 1:.*Video on YouTube \(address not preserved\)/s,
    /Part 2: not published on this site/s,
    /Part 3:.*No video/s,
    /Part 4:.*Video on YouTube \(address not preserved\)/s,
  ]);
});

test('axe finds no violations on the page with videos, light and dark', async ({ page }) => {
  await page.goto(POST);
  await expectAccessibleInBothSchemes(page);
});

test('an image in a post goes through the image pipeline: modern format, sizes, dimensions, lazy', async ({ page }) => {
  await page.goto(POST);
  const image = page.getByRole('img', { name: 'A colour gradient from blue to green, a test image' });
  await expect(image).toHaveAttribute('src', /\/_astro\/fixture-gradient\.[\w-]+\.webp$/);
  await expect(image).toHaveAttribute('width', '640');
  await expect(image).toHaveAttribute('height', '360');
  await expect(image).toHaveAttribute('loading', 'lazy');
  await expect(image).toHaveAttribute('decoding', 'async');
  await expect(image).toHaveAttribute('srcset', /fixture-gradient\.[\w-]+\.webp 640w/);
  await expect(image).toHaveAttribute('sizes', /640px/);
});
