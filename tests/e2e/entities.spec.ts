/**
 * One network name followed through a post (src/network-names/entity-marks.client.ts):
 * the marks, their count against the post's source, the walk by keyboard, and
 * what must not change (tab stops, layout, selection, bytes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './support/strict-page.ts';
import { AXE_TAGS, axeFor } from './support/axe.ts';
import { posts } from './support/site-pages.ts';
import { siteUrl } from './support/test-sites.ts';
import { POSTS_DIR, readPostFile } from '../support/posts.ts';
import { postEntities } from '../../src/network-names/post-entities.ts';

const POST = 'networking-exploration-nutanix-ahv';
const DIST = join(import.meta.dirname, '../../dist');
const source = readPostFile(`${POSTS_DIR}/${POST}.mdx`);
/** br0's places, read from the post's file: its listings' lines and its diagram's nodes. */
const br0Places = postEntities(source.parsed).find((entity) => entity.key === 'bridge/br0')!.occurrences.length;

const status = (page: Page) => page.locator('[data-entity-status]');
const listing = (page: Page, title: string) => page.locator('figure.code-block').filter({ has: page.locator('.code-title', { hasText: title }) });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** The first ifconfig listing, focused, and br0 in it (its first name) focused from there with ↓. */
async function focusBr0(page: Page): Promise<void> {
  await listing(page, 'ifconfig on the AHV host').locator('.code-scroll').focus();
  await page.keyboard.press('ArrowDown');
  expect(await focusedText(page)).toBe('br0');
}

test.beforeEach(async ({ page }) => {
  await page.goto(`posts/${POST}/`);
});

test('focusing br0 in the first ifconfig listing marks every place the post names it, as many as the source has', async ({ page }) => {
  expect(br0Places).toBe(12);
  await focusBr0(page);
  // Places count in reading order, and the diagram comes first in this post.
  await expect(status(page)).toHaveText(`br0: ${br0Places} places in this post (3 of ${br0Places})`);
  await expect(page.locator('.post-body .entity-marked')).toHaveCount(br0Places);
  for (const title of ['Open vSwitch configuration', 'ifcfg-br0 on the AHV host', 'libvirt domain XML of the CVM']) {
    await expect(listing(page, title).locator('a.entity-marked').first(), title).toHaveText('br0');
  }
  // The diagram's bridge br0 and its internal port br0.
  await expect(page.locator('figure.diagram g.entity-marked')).toHaveCount(2);
  // Nothing else is marked: every mark names br0.
  for (const text of await page.locator('.post-body a.entity-marked').allTextContents()) expect(text).toBe('br0');
});

test('→ and ← walk through br0’s places, across listings and the diagram, and Esc clears the marks', async ({ page }) => {
  await focusBr0(page);
  const where = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.closest('figure.diagram')
        ? 'the diagram'
        : `${focused?.closest('figure')?.querySelector('.code-title')?.textContent}: ${focused?.textContent}`;
    });
  const seen = new Set<string>();
  const positions: number[] = [];
  for (let i = 0; i < br0Places; i++) {
    await page.keyboard.press('ArrowRight');
    const text = (await status(page).textContent())!;
    positions.push(Number(/\((\d+) of 12\)$/.exec(text)?.[1]));
    expect(text).toMatch(/^br0: 12 places in this post/);
    seen.add(`${positions.length}. ${await where()}`);
  }
  // From the 3rd place (the ifconfig listing's) round to the 1st and 2nd (the diagram's) and back to the 3rd.
  expect(positions).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
  expect([...seen].filter((s) => s.endsWith('the diagram'))).toHaveLength(2);
  expect([...seen].filter((s) => s.endsWith(': br0'))).toHaveLength(br0Places - 2);
  await page.keyboard.press('ArrowLeft');
  await expect(status(page)).toHaveText(`br0: ${br0Places} places in this post (2 of ${br0Places})`);
  expect(await where()).toBe('the diagram');
  await page.keyboard.press('Escape');
  await expect(page.locator('.post-body .entity-marked')).toHaveCount(0);
  await expect(page.locator('[data-entity-panel]')).toBeHidden();
});

test('a listing is one tab stop: ↓ ↑ move between its names, Enter follows a name to its page', async ({ page }) => {
  await expect(page.locator('.post-body a.entity:not([tabindex="-1"])')).toHaveCount(0);
  const scroll = listing(page, 'Open vSwitch configuration').locator('.code-scroll');
  await scroll.focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.code-scroll') === null)).toBe(true);
  await scroll.focus();
  await page.keyboard.press('ArrowDown');
  expect(await focusedText(page)).toBe('br0');
  await page.keyboard.press('ArrowDown');
  expect(await focusedText(page)).toBe('tap345');
  await expect(status(page)).toHaveText(/^tap345: \d+ places in this post/);
  await page.keyboard.press('ArrowUp');
  expect(await focusedText(page)).toBe('br0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/entities\/bridge\/br0\/$/);
});

test('pointing at a name marks it, tapping pins it with the panel; nothing on the page moves', async ({ page }) => {
  const places = page.locator('.post-body a.entity, .post-body g[data-entity]');
  // Where each place is on the page (not in the viewport: a tap scrolls the place into view).
  const boxes = () =>
    places.evaluateAll((all) =>
      all.map((el) => {
        const box = el.getBoundingClientRect();
        return [box.left + window.scrollX, box.top + window.scrollY, box.width, box.height].map((n) => n.toFixed(1)).join(' ');
      }),
    );
  const before = await boxes();
  const vnet0 = listing(page, 'Open vSwitch configuration').locator('a.entity', { hasText: 'vnet0' }).first();
  await vnet0.hover();
  await expect(page.locator('.post-body a.entity-marked', { hasText: 'vnet0' }).first()).toBeVisible();
  await expect(status(page)).toHaveText(/^vnet0: \d+ places in this post$/);
  expect(await boxes()).toEqual(before);
  await page.mouse.move(0, 0);
  await expect(page.locator('.post-body .entity-marked')).toHaveCount(0);
  await vnet0.click();
  await expect(page).toHaveURL(new RegExp(`/posts/${POST}/$`));
  await expect(page.locator('[data-entity-page]')).toHaveAttribute('href', /\/entities\/interface\/vnet0\/$/);
  await page.mouse.move(0, 0);
  await expect(page.locator('.post-body .entity-marked').first()).toBeVisible();
  expect(await boxes()).toEqual(before);
  await page.locator('[data-entity-panel]').getByRole('button', { name: 'Next' }).click();
  await expect(status(page)).toHaveText(/^vnet0: \d+ places in this post \(\d+ of \d+\)$/);
  await page.locator('[data-entity-panel]').getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('.post-body .entity-marked')).toHaveCount(0);
});

test('a mouse selection over a line with names holds its text and nothing more', async ({ page }) => {
  const line = listing(page, 'ifconfig on the AHV host').locator('.line').nth(1);
  await line.scrollIntoViewIfNeeded();
  const box = (await line.boundingBox())!;
  const text = (await line.textContent())!;
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  expect(selected.trimEnd()).toBe(text.trimEnd());
  expect(text).toContain('br0');
});

// The rest of the page is what accessibility.spec.ts checks on this post unmarked: here, what marking adds.
test('axe is clean in both schemes with br0 marked and the panel open: the panel, and the marked names in their listings', async ({ page }) => {
  await focusBr0(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await axeFor(page).include('[data-entity-panel]').include('.post-body .entity-marked').withTags(AXE_TAGS).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      scheme,
    ).toEqual([]);
  }
});

test('the script is at most 3 KB gzip and loads only on posts that link a name', () => {
  /** The page's module scripts with the panel's selector in them, inline or from a file, gzipped. */
  const marksScripts = (id: string) => {
    const html = readFileSync(join(DIST, 'posts', id, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const files = [...html.matchAll(/<script type="module" src="\/(_astro\/[^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!), 'utf8'));
    return [...inline, ...files].filter((code) => code.includes('data-entity-panel')).map((code) => gzipSync(code, { level: 9 }).length);
  };
  const [bytes, ...more] = marksScripts(POST);
  expect(more).toEqual([]);
  expect(bytes).toBeLessThanOrEqual(3 * 1024);
  for (const post of posts) {
    const html = readFileSync(join(DIST, 'posts', post.id, 'index.html'), 'utf8');
    const places = html.includes('<a class="entity"') || html.includes(' data-entity="');
    expect(marksScripts(post.id).length, post.id).toBe(places ? 1 : 0);
  }
  expect(posts.filter((post) => marksScripts(post.id).length === 0).length).toBeGreaterThan(0);
});

test.describe('a post with `entities: false` (the fixture build)', () => {
  test.use({ baseURL: siteUrl('fixtures') });
  test('names nothing: its listing is plain text, no panel, no script, and br0’s page leaves it out', async ({ page }) => {
    await page.goto('posts/entities-off/');
    await expect(page.locator('.post-body .code-block')).toContainText('list-ports br0');
    await expect(page.locator('.post-body a.entity, .post-body [data-entity], [data-entity-panel]')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Network names in this post' })).toHaveCount(0);
    await page.goto('entities/bridge/br0/');
    await expect(page.locator('h1')).toHaveText('br0');
    await expect(page.getByRole('link', { name: 'Entities off' })).toHaveCount(0);
  });
});

test('the links and marks add at most 15% to any post’s HTML, raw and gzipped', () => {
  for (const post of posts) {
    const html = readFileSync(join(DIST, 'posts', post.id, 'index.html'), 'utf8');
    // The page as it would be without names: each link's text in its place, no diagram group's names, no panel, no script.
    const without = html
      .replace(/<a class="entity"[^>]*>([\s\S]*?)<\/a>/g, '$1')
      .replace(/ data-entity="[^"]*"/g, '')
      .replace(/<div class="entity-panel[\s\S]*?<\/p><\/div>/, '')
      .replace(/<script type="module">(?:(?!<\/script>)[\s\S])*?data-entity-panel[\s\S]*?<\/script>/, '');
    expect(html.length / without.length, `${post.id}, raw`).toBeLessThanOrEqual(1.15);
    expect(gzipSync(html).length / gzipSync(without).length, `${post.id}, gzip`).toBeLessThanOrEqual(1.15);
  }
});

test.describe('a place in a collapsed stretch (the fixture build)', () => {
  test.use({ baseURL: siteUrl('fixtures') });
  test('walking to it opens the stretch and focuses it', async ({ page }) => {
    await page.goto('posts/entities-folded/');
    const stretch = page.locator('.post-body details');
    await expect(stretch).not.toHaveAttribute('open');
    await page.locator('.post-body .code-scroll').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('vnet7');
    await expect(status(page)).toHaveText('vnet7: 2 places in this post (1 of 2)');
    await page.keyboard.press('ArrowRight');
    await expect(status(page)).toHaveText('vnet7: 2 places in this post (2 of 2)');
    await expect(stretch).toHaveAttribute('open');
    expect(await page.evaluate(() => document.activeElement?.closest('details') !== null)).toBe(true);
  });
});

test('without JavaScript, a name in a listing is a link to its page, and /entities/interface/br0/ leads there too', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(`posts/${POST}/`);
  const br0 = listing(page, 'ifconfig on the AHV host').getByRole('link', { name: 'br0', exact: true });
  await expect(br0).toHaveAttribute('href', /\/entities\/bridge\/br0\/$/);
  await br0.click();
  await expect(page).toHaveURL(/\/entities\/bridge\/br0\/$/);
  // Every post and listing that names br0: the networking post's six listings among them.
  await expect(page.locator('.entity-post')).toHaveCount(3);
  await page.goto('entities/interface/br0/');
  await expect(page).toHaveURL(/\/entities\/bridge\/br0\/$/);
  await expect(page.locator('h1')).toHaveText('br0');
  await context.close();
});

for (const width of [360, 768, 1280, 1440]) {
  test(`at ${width} px, every place the walk reaches is in view and clear of the panel, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const colorScheme of ['light', 'dark'] as const) {
      // Reduced motion: each step lands at once, where a smooth scroll ends (the same place), so the walk is quick to check.
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(`posts/${POST}/`);
      await focusBr0(page);
      /** Where the focused place is against the screen and the panel: the overlap must be nothing. */
      const clear = () =>
        page.evaluate(() => {
          const box = document.activeElement!.getBoundingClientRect();
          const panel = document.querySelector('[data-entity-panel]')!.getBoundingClientRect();
          const overlap =
            Math.max(0, Math.min(box.right, panel.right) - Math.max(box.left, panel.left)) *
            Math.max(0, Math.min(box.bottom, panel.bottom) - Math.max(box.top, panel.top));
          const onScreen = box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
          return { onScreen, overlap };
        });
      for (let step = 0; step <= br0Places; step++) {
        await expect.poll(clear, { message: `${colorScheme}, place ${step}` }).toEqual({ onScreen: true, overlap: 0 });
        await page.keyboard.press('ArrowRight');
      }
      if (width >= 1280) {
        // Beside the text, in the contents' column: over no line of any listing, walked or not.
        const [panel, text] = await page.evaluate(() =>
          ['[data-entity-panel]', '.post-body'].map((selector) => {
            const box = document.querySelector(selector)!.getBoundingClientRect();
            return { left: box.left, right: box.right };
          }),
        );
        expect(panel!.left, 'the panel is right of the text').toBeGreaterThanOrEqual(text!.right);
        expect(panel!.right).toBeLessThanOrEqual(width);
      }
      if (width === 360) {
        const height = await page.locator('[data-entity-panel]').evaluate((panel) => panel.getBoundingClientRect().height);
        expect(height, 'the panel leaves the phone its screen').toBeLessThanOrEqual(740 * 0.11);
      }
    }
  });
}
