/**
 * Runs on the fixture build: tests/fixtures/posts/hostile-content.mdx puts
 * <script>, "><img onerror=…> and javascript: URLs in its title, description,
 * tag, links and code. Everywhere they appear they must stay text.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/strict-page.ts';
import { siteUrl } from './support/test-sites.ts';

test.use({ baseURL: siteUrl('fixtures') });

const TITLE = `Hostile<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
const TAG = `"><img src=x onerror=alert('tag')>`;

async function expectInert(page: Page) {
  const live = await page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    scriptLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]').length,
    // JSON-LD is data, not script (and is checked for `</script` separately).
    alertScripts: [...document.querySelectorAll('script:not([type="application/ld+json"])')].filter((s) => s.textContent?.includes('alert(')).length,
  }));
  expect(live).toEqual({ handlers: 0, scriptLinks: 0, alertScripts: 0 });
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', async (dialog) => {
    await dialog.dismiss();
    throw new Error(`a script ran: ${dialog.message()}`);
  });
});

test('the feed escapes it', async ({ request }) => {
  const feed = await (await request.get('rss.xml')).text();
  expect(feed).not.toMatch(/<script|<img/);
  expect(feed).toContain('Hostile&lt;script&gt;');
});

// One page, three steps: the post, the pages that list it, the search results.
test('the post, the pages that list it and search show the hostile text as text', async ({ page }) => {
  await test.step('the post shows its hostile title, tag, links and code as text', async () => {
    await page.goto('posts/hostile-content/');
    await expect(page.locator('h1')).toHaveText(TITLE);
    await expect(page).toHaveTitle(`${TITLE} · Field Notes`);
    await expect(page.locator('.post-header .tag-list')).toContainText(`#${TAG}`);
    await expect(page.getByText('click here')).toBeVisible();
    await expect(page.locator('figure.code-block .code-title')).toHaveText(`<script>alert('code title')</script>`);
    await expect(page.locator('figure.code-block .line.out')).toHaveText(`<script>alert("code")</script> "><img src=x onerror=alert('code')>`);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(jsonLd).not.toContain('</script');
    expect(JSON.parse(jsonLd!).headline).toBe(TITLE);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Description <script>/);
    await expectInert(page);
  });
  await test.step('cards, the tag page, the archive and the tags list keep it text', async () => {
    for (const path of ['', 'archive/', 'tags/', 'tags/img-src-x-onerror-alert-tag/']) {
      await page.goto(path);
      await expect(page.getByText(TITLE).or(page.getByText(TAG)).first()).toBeVisible();
      await expectInert(page);
    }
  });
  await test.step('search results show it as text', async () => {
    await page.goto('search/?q=Hostile');
    const result = page.locator('.search-result').first();
    await expect(result.locator('h2')).toHaveText(TITLE);
    await expectInert(page);
  });
});

test('a .md post’s raw HTML is shown, and nothing in it runs', async ({ page }) => {
  // tests/fixtures/posts/hostile-markdown.md: a script, handlers, a style, frames, a form and javascript: links, as raw HTML.
  await page.goto('posts/hostile-markdown/');
  await expect(page.getByText('A paragraph with a handler and a style.')).toBeVisible();
  await expect(page.getByText('The text after all that is still here.')).toBeVisible();
  await expect(page.locator('.post-body .inert-link')).toHaveText(['click this', 'this one', 'this', 'svg link']);
  await expect(page.locator('.post-body').locator('iframe, object, form, input, button, [style]')).toHaveCount(0);
  await expectInert(page);
});
