import { test, expect } from './support/strict-page.ts';

const DARK_BG = 'rgb(18, 20, 23)';
const LIGHT_BG = 'rgb(255, 255, 255)';

test('the page follows the OS scheme when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe(DARK_BG);
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(theme.getByRole('radio')).toHaveCount(3);
});

test('from the keyboard: System, Light and Dark; the choice persists across pages, applies before first paint, and System follows the OS again', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Record the theme at the moment <body> is first inserted: that is what the first paint shows.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const themeAtBody = () => page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const saved = () => page.evaluate(() => localStorage.getItem('theme'));
  await page.goto('/');
  const theme = page.getByRole('group', { name: 'Theme' });
  const system = theme.getByRole('radio', { name: 'System' });
  const light = theme.getByRole('radio', { name: 'Light' });
  const dark = theme.getByRole('radio', { name: 'Dark' });

  await test.step('one Tab stop: Tab from the control before it lands on the checked option', async () => {
    await system.evaluate((radio) => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')].filter((el) => el.checkVisibility());
      focusable[focusable.indexOf(radio as HTMLElement) - 1]!.focus();
    });
    await page.keyboard.press('Tab');
    await expect(system).toBeFocused();
    await expect(system).toBeChecked();
  });

  await test.step('the arrow keys choose Light, then Dark; the chosen option is framed, not only coloured', async () => {
    await page.keyboard.press('ArrowRight');
    await expect(light).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.keyboard.press('ArrowRight');
    await expect(dark).toBeChecked();
    await expect(dark).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe(DARK_BG);
    expect(await saved()).toBe('dark');
    const frames = await theme.locator('label').evaluateAll((labels) => labels.map((label) => getComputedStyle(label).borderTopColor));
    expect(frames.filter((colour) => colour !== 'rgba(0, 0, 0, 0)')).toHaveLength(1);
    expect(frames[2]).not.toBe('rgba(0, 0, 0, 0)');
  });

  await test.step('the choice is there before the first paint of the next page', async () => {
    await page.goto('/posts/networking-exploration-nutanix-ahv/');
    expect(await themeAtBody()).toBe('dark');
    expect(await background()).toBe(DARK_BG);
    await expect(dark).toBeChecked();
  });

  await test.step('Space on System forgets the choice: the page follows the OS again, now and after a reload', async () => {
    await system.focus();
    await page.keyboard.press('Space');
    await expect(system).toBeChecked();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await saved()).toBeNull();
    expect(await background()).toBe(LIGHT_BG);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe(DARK_BG);
    await page.reload();
    expect(await themeAtBody()).toBe('none');
    expect(await background()).toBe(DARK_BG);
    await expect(system).toBeChecked();
  });

  await test.step('Light against a dark OS, by a click, survives a reload', async () => {
    await light.click();
    await page.reload();
    expect(await themeAtBody()).toBe('light');
    expect(await background()).toBe(LIGHT_BG);
  });
});

test('without JavaScript the toggle is absent and the page still follows the OS', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Theme' })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BG);
  await context.close();
});

test('a post prints cleanly: no header, footer or navigation, listings wrap, light colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/posts/networking-exploration-nutanix-ahv/');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.post-nav')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const pre = page.locator('.post-body figure.code-block pre').first();
  expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('with reduced motion, in-page links jump instead of scrolling smoothly', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
