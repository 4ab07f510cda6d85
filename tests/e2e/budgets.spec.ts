/**
 * Byte budgets and requests, on the built site. Bytes are deterministic for a
 * given build, so they are tested here; timings are measured by scripts, not tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/strict-page.ts';
import { pageTypes, posts } from './support/site-pages.ts';

const DIST = join(import.meta.dirname, '../../dist');
const POST_BUDGET = 30 * 1024;

function pageBytes(path: string): { gzip: number; scriptsInHead: string[] } {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const assets = [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!))];
  const gzip = [html, ...assets.map((a) => readFileSync(join(DIST, a), 'utf8'))].reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
  const head = html.slice(0, html.indexOf('</head>'));
  const scriptsInHead = [...head.matchAll(/<script\b([^>]*)\bsrc=/g)].map((m) => m[0]).filter((tag) => !/type="module"|\basync\b|\bdefer\b/.test(tag));
  return { gzip, scriptsInHead };
}

for (const post of posts) {
  test(`${post.id}: HTML + CSS + JS at most 30 KB gzip, no render-blocking script`, () => {
    const { gzip, scriptsInHead } = pageBytes(`posts/${post.id}`);
    expect(gzip).toBeLessThanOrEqual(POST_BUDGET);
    expect(scriptsInHead).toEqual([]);
  });
}

// One page visits every page type in turn (a step each): a new browser context per page would cost more than the check.
test('no page type requests anything from any other origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(new URL(baseURL!).origin) && !url.startsWith('data:')) foreign.push(url);
  });
  for (const [kind, path] of Object.entries(pageTypes)) {
    await test.step(`the ${kind} page (${path})`, async () => {
      foreign.length = 0;
      // 'load': every resource the page references has been requested (the site loads nothing later unless the reader acts).
      await page.goto(path, { waitUntil: 'load' });
      expect.soft(foreign, kind).toEqual([]);
    });
  }
  await test.step('the search page with results (/search/?q=brctl), Pagefind and its index loaded', async () => {
    foreign.length = 0;
    await page.goto('/search/?q=brctl', { waitUntil: 'load' });
    await expect(page.locator('.search-result').first()).toBeVisible();
    expect.soft(foreign, 'search').toEqual([]);
  });
});
