/**
 * Search on the built site. Paths are relative so the same tests run on the
 * root build and on the build under /blog/.
 */
import type { Page } from '@playwright/test';
import { EXPECTED_FIRST } from '../fixtures/search-expected.ts';
import { SEARCH_TYPOS } from '../fixtures/search-typos.ts';
import { expectAccessibleInBothSchemes } from './support/axe.ts';
import { test, expect } from './support/strict-page.ts';
import { siteUrl } from './support/test-sites.ts';

/** One query of each kind, and one misspelling of each slip: the page shows what its logic finds. Every query of both lists goes through that logic on the same index in tests/build/search-index.test.ts. */
const firstOfEach = <T, K>(items: T[], key: (item: T) => K): T[] => items.filter((item, i) => items.findIndex((other) => key(other) === key(item)) === i);
const TYPED = firstOfEach(EXPECTED_FIRST, (q) => q.kind);
const MISTYPED = firstOfEach(SEARCH_TYPOS, (typo) => typo.slip);

async function resultsFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-status]')).toHaveText(/results?\b|No results/);
  return page.locator('.search-result');
}

/** Runs `check` as a step at each of the phone's and the desktop's widths, in each colour scheme. */
async function atEachWidthAndScheme(page: Page, check: () => Promise<void>): Promise<void> {
  for (const width of [360, 1280])
    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(`${width} px, ${colorScheme}`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await check();
      });
    }
}

function postOf(href: string | null): string {
  return /\/posts\/([^/]+)\//.exec(href ?? '')?.[1] ?? `not a post: ${href}`;
}

// The same tests on the root build and under /blog/, except what the base path cannot change:
// the ranking (the same index) and axe's findings (the same pages).
for (const site of ['root', 'blog'] as const) {
  test.describe(`search on the ${site} build`, () => {
    test.use({ baseURL: siteUrl(site) });

    if (site === 'root') {
      // One page, one Pagefind load, the queries typed in turn: each is a step, and every miss is reported.
      test('a query of each kind finds its post first, and a misspelling of each slip is corrected', async ({ page }) => {
        await page.goto('search/');
        const box = page.getByLabel('Search the notes');
        const status = page.locator('[data-search-status]');
        const first = page.locator('.search-result h2 a').first();
        for (const { query, post } of TYPED) {
          await test.step(`"${query}" finds ${post} first`, async () => {
            await box.fill(query);
            // “query” is in the status once its results are in.
            await expect(status).toContainText(`“${query}”`);
            expect.soft(postOf(await first.getAttribute('href')), query).toBe(post);
          });
        }
        for (const { query, slip, correction, post } of MISTYPED) {
          await test.step(`"${query}" (${slip}) is read as "${correction}" and finds ${post} first`, async () => {
            await box.fill(query);
            await expect.soft(status).toContainText(`Showing results for “${correction}” instead of “${query}”`);
            await expect(status).toContainText(`“${query}”`);
            expect.soft(postOf(await first.getAttribute('href')), query).toBe(post);
          });
        }
      });

      // At 360 px with the filters unfolded: everything the wide layout shows, and the disclosure's summary.
      test('axe finds no violations on the search page with a corrected query, results and filters, light and dark', async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 740 });
        const results = await resultsFor(page, 'Avya');
        await expect(results.first()).toBeVisible();
        await page.getByText('Filters', { exact: true }).click();
        await expect(page.getByRole('group', { name: 'Filters' }).getByRole('checkbox').first()).toBeVisible();
        await expectAccessibleInBothSchemes(page);
      });
    }

    test('a result shows title, kind, date, an excerpt with the terms marked, and links to sections', async ({ page }) => {
      const results = await resultsFor(page, 'virbr0');
      const first = results.first();
      await expect(first.locator('h2')).toHaveText('Networking Exploration in Nutanix AHV');
      await expect(first.locator('.result-meta')).toHaveText('Article · 7 July 2015');
      await expect(first.locator('.result-excerpt mark').first()).toHaveText(/virbr0/i);
      const section = first.locator('.sub-results a').first();
      await expect(section).toHaveAttribute('href', /\/posts\/networking-exploration-nutanix-ahv\/\?highlight=virbr0#[\w-]+$/);
    });

    if (site === 'root') {
      // The phrase in the page: tests/unit/search/phrase.test.ts has the matching on its own.
      test('from "ovs-vsctl show", the post opens at the phrase, and the section that holds it is the first section linked', async ({ page }) => {
        await atEachWidthAndScheme(page, async () => {
          const first = (await resultsFor(page, 'ovs-vsctl show')).first();
          await expect(first.locator('h2 a')).toHaveText('Networking Exploration in Nutanix AHV');
          // Not "The Linux bridge virbr0", the first section with a "show" (brctl show virbr0).
          await expect(first.locator('.sub-results a').first()).toHaveText('Open vSwitch');
          await first.locator('h2 a').click();
          await expect(page).toHaveURL(/\/posts\/networking-exploration-nutanix-ahv\/\?/);
          const phrase = page.locator('mark.search-phrase');
          await expect(phrase.first()).toBeInViewport();
          const block = await phrase.first().evaluate((mark) => mark.closest('.line, p, li')?.textContent ?? '');
          expect(block).toContain('ovs-vsctl show');
          // Brought to the middle of the screen: not the first "show" of the page (brctl show virbr0), a screen's third above it.
          // (Polled: the page scrolls there smoothly.)
          const offCentre = async () => {
            const box = await phrase.first().boundingBox();
            return box ? Math.abs(box.y + box.height / 2 - 400) : Infinity;
          };
          await expect.poll(offCentre).toBeLessThan(800 * 0.2);
          await expect(page.locator('mark.pagefind-highlight', { hasText: /^show$/i }).first()).not.toHaveClass(/search-phrase/);
          // Marked more strongly than its words elsewhere: a ring of 2 px, not 1.
          const ring = (mark: Element) => getComputedStyle(mark).boxShadow.match(/(\d+(?:\.\d+)?)px$/)?.[1];
          expect(await phrase.first().evaluate(ring)).toBe('2');
          expect(
            await page
              .locator('mark.pagefind-highlight', { hasText: /^show$/i })
              .first()
              .evaluate(ring),
          ).toBe('1');
        });
      });

      // The ranking behind it: tests/build/search-index.test.ts, for every name of the site.
      test('a network name is titled by its name and kind, after the posts; the name typed is the first of the names', async ({ page }) => {
        await atEachWidthAndScheme(page, async () => {
          const titles = await (await resultsFor(page, 'br0')).locator('h2 a').allTextContents();
          const firstName = titles.findIndex((title) => title.includes(' · '));
          expect(titles[firstName], 'br0 itself first of the names').toBe('br0 · bridge');
          expect(titles.slice(firstName)).toContain('br0-arp · interface');
          expect(
            titles.slice(firstName).every((title) => title.includes(' · ')),
            'no post after the names',
          ).toBe(true);
          expect(firstName, `the posts first: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(3);
          const bridge = page.locator('.search-result').nth(firstName);
          await expect(bridge.locator('.result-meta')).toHaveText(/^Named in \d+ places in \d+ posts$/);
          await expect(bridge.locator('h2 a')).toHaveAttribute('href', /\/entities\/bridge\/br0\/(\?|$)/);
          await page.goto(`search/?q=192.168.5.2&kind=Entity`);
          await expect(page.locator('.search-result h2 a').first()).toHaveText('192.168.5.2 · address');
        });
      });
    }

    // The query in the URL does not depend on where the site is mounted: the root build alone.
    if (site === 'root') {
      test('the query lives in the URL as you type', async ({ page }) => {
        await page.goto('search/');
        await page.getByLabel('Search the notes').fill('Dunbar');
        await expect(page.locator('.search-result').first()).toContainText('All Things Open 2018');
        expect(new URL(page.url()).searchParams.get('q')).toBe('Dunbar');
      });
    }

    // Where the site is mounted cannot change the filters: the root build alone.
    if (site === 'root') {
      test('each filter narrows the results, with counts, and lives in the URL', async ({ page }) => {
        const results = await resultsFor(page, 'Nutanix');
        const all = await results.count();
        expect(all).toBeGreaterThanOrEqual(6);

        const kind = page.getByRole('group', { name: 'Filters' }).locator('fieldset', { hasText: 'Kind' });
        await expect(kind.getByText('Video series')).toBeVisible();
        await kind.getByLabel(/Video series/).check();
        await expect(results).toHaveCount(3);
        for (const meta of await results.locator('.result-meta').allTextContents()) expect(meta).toContain('Video series');
        expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Video series']);
        await kind.getByLabel(/Video series/).uncheck();
        await expect(results).toHaveCount(all);

        const year = page.locator('fieldset', { hasText: 'Year' });
        await year.getByLabel(/2015/).check();
        await expect(results).toHaveCount(3);
        for (const meta of await results.locator('.result-meta').allTextContents()) expect(meta).toContain('2015');
        await year.getByLabel(/2015/).uncheck();

        const tag = page.locator('fieldset', { hasText: 'Tag' });
        await expect(tag.getByLabel(/^\s*VLAN/)).toBeVisible();
        await expect(tag.locator('label', { hasText: /^\s*VLAN/ }).locator('.count')).toHaveText('(1)');
        await tag.getByLabel(/^\s*VLAN/).check();
        await expect(results).toHaveCount(1);
        await expect(results.first()).toContainText('Part 3');
        await tag.getByLabel(/^\s*VLAN/).uncheck();

        const series = page.locator('fieldset', { hasText: 'Series' });
        await series.getByLabel(/Light Board Series/).check();
        await expect(results).toHaveCount(3);

        await test.step('at 360 px the filters fold into "Filters (1)" under the status line, and unfold from the keyboard', async () => {
          await page.setViewportSize({ width: 360, height: 740 });
          await page.reload();
          const summary = page.locator('summary', { hasText: 'Filters' });
          await expect(summary).toHaveText('Filters (1)');
          await expect(page.locator('details', { has: summary })).not.toHaveAttribute('open');
          const box = page.getByLabel(/Light Board Series/);
          await expect(box).toBeHidden();
          await expect(results.first()).toBeInViewport();
          const [statusBox, summaryBox, resultBox] = await Promise.all(
            [page.locator('[data-search-status]'), summary, results.first()].map(async (l) => (await l.boundingBox())!.y),
          );
          expect(statusBox).toBeLessThan(summaryBox!);
          expect(summaryBox).toBeLessThan(resultBox!);
          await summary.focus();
          await page.keyboard.press('Enter');
          await expect(box).toBeVisible();
          await box.focus();
          await page.keyboard.press('Space');
          await expect(results).toHaveCount(all);
          await expect(summary).toHaveText('Filters');
          await expect(box).toBeFocused();
        });
      });
    }

    // Where the site is mounted cannot change this: the root build alone.
    if (site === 'root') {
      test('sorting by newest puts the newest first', async ({ page }) => {
        await resultsFor(page, 'Nutanix');
        await page.getByLabel('Sort').selectOption('newest');
        await expect(page.locator('.search-result').first()).toContainText('All Things Open 2018');
        expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
        const dates = await page.locator('.result-meta').allTextContents();
        const times = dates.map((d) => Date.parse(d.split(' · ')[1]!));
        expect([...times].sort((a, b) => b - a)).toEqual(times);
      });
    }

    test('keyboard only: "/" to the header box, search, arrows to a result, Enter, and the term is highlighted there', async ({ page }) => {
      await page.goto('archive/');
      await page.keyboard.press('/');
      const box = page.getByRole('searchbox', { name: 'Search' });
      await expect(box).toBeFocused();
      await page.keyboard.type('brctl');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/search\/\?q=brctl/);
      await expect(page.locator('.search-result')).toHaveCount(1);
      // The search page's box has the focus on arrival, so the arrow keys work at once.
      await expect(page.getByLabel('Search the notes')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('.search-result a.result-link').first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('.search-result a.result-link').nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/posts\/networking-exploration-nutanix-ahv\/\?highlight=brctl/);
      const mark = page.locator('mark.pagefind-highlight').first();
      await expect(mark).toHaveText(/brctl/i);
      await expect(mark).toBeInViewport();

      // Whole tokens only: the same on any base path, so the root build alone.
      if (site === 'root') {
        await test.step('"br0" marks br0, never the end of virbr0', async () => {
          await page.goto('posts/networking-exploration-nutanix-ahv/?highlight=br0');
          const marks = page.locator('mark.pagefind-highlight');
          await expect(marks.filter({ visible: true }).first()).toBeInViewport();
          expect(new Set((await marks.allTextContents()).map((text) => text.toLowerCase()))).toEqual(new Set(['br0']));
          const glued = await marks.evaluateAll((all) =>
            all.filter((mark) => {
              const before = document.createRange();
              before.setStart(mark.closest('p, li, pre, td, th, h1, h2, h3, h4, dd, dt, figcaption') ?? document.body, 0);
              before.setEndBefore(mark);
              return /[\p{L}\p{N}]$/u.test(before.toString());
            }),
          );
          expect(glued).toEqual([]);
        });
      }
    });

    // Where the site is mounted cannot change this: the root build alone.
    if (site === 'root') {
      test('Ctrl+K focuses the search box from anywhere', async ({ page }) => {
        await page.goto('');
        await page.keyboard.press('Control+k');
        await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
      });
    }

    test("a query whose best hit is weak is corrected from the posts' words, and says so", async ({ page }) => {
      // Pagefind alone finds every post for "Avya", by the word "a".
      const results = await resultsFor(page, 'Avya');
      await expect(page.locator('[data-search-status]')).toHaveText('Showing results for “Avaya” instead of “Avya”: 2 results.');
      await expect(results.first()).toContainText('Vienna');
      // The words marked are Avaya's, no lone "a".
      const marked = await results.locator('.result-excerpt mark').allTextContents();
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.filter((text) => !/avaya/i.test(text))).toEqual([]);
    });

    // The notice is the same wherever the site is mounted: the root build alone.
    if (site === 'root') {
      test('without JavaScript the search page says so and offers the archive and tags', async ({ browser, baseURL }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
        const page = await context.newPage();
        await page.goto('search/?q=brctl');
        await expect(page.getByText('Search needs JavaScript')).toBeVisible();
        await expect(page.getByRole('link', { name: 'the archive' })).toBeVisible();
        await expect(page.getByRole('link', { name: 'its tags' })).toBeVisible();
        await expect(page.getByLabel('Search the notes')).toBeHidden();
        await context.close();
      });
    }

    // When Pagefind loads does not depend on where the site is mounted (that it loads under /blog/, every search there shows): the root build alone.
    if (site === 'root') {
      test('Pagefind loads only once the reader starts to search', async ({ page }) => {
        const requested: string[] = [];
        page.on('request', (r) => requested.push(r.url()));
        await page.goto('search/');
        // The box has the focus at once, and that alone loads nothing.
        await expect(page.getByLabel('Search the notes')).toBeFocused();
        await page.waitForLoadState('networkidle');
        expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
        await page.getByLabel('Search the notes').fill('kvm');
        await expect(page.locator('.search-result').first()).toBeVisible();
        expect(requested.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
      });
    }
  });
}
