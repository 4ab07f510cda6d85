#!/usr/bin/env node
/**
 * Measures search on the built site (run `npm run build` first):
 * - bytes the browser transfers from opening /search/ until the first
 *   results are shown (cold cache, per query);
 * - milliseconds from the last keystroke to the results being shown: "first"
 *   is the query typed right after opening the page (Pagefind still loading),
 *   "warm" the same query typed again once a search has run.
 *
 *   node scripts/measure-search.ts [--port 4390] [--dir dist] [--queries ovs-vsctl,virbr0]
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { startStaticServer } from './lib/static-server.ts';

/** What the page records for us. */
interface Timing {
  lastKey?: number;
  shown?: number | undefined;
  expected?: string;
}
declare global {
  interface Window {
    timing: Timing;
  }
}

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4390' }, dir: { type: 'string', default: 'dist' }, queries: { type: 'string' } },
});
const QUERIES = values.queries?.split(',') ?? [
  'ovs-vsctl',
  'virbr0',
  'brctl',
  '10.59.31.77',
  'eth2.32',
  'Dunbar',
  'active-slb',
  'Antonopoulos',
  'VLAN',
  'Hilton Vienna',
];
const origin = `http://localhost:${values.port}`;

const server = await startStaticServer({ dir: values.dir, port: Number(values.port) });
const executablePath = await findChromium({ headlessShell: true });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-background-networking'] });

const median = (numbers: number[]): number => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const rows: Array<{ query: string; bytes: number; first: number; warm: number }> = [];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let counting = true;
    // The context's requests, not the page's: Pagefind fetches its index from a Web Worker, which a page's own events miss.
    const sizes: Promise<void>[] = [];
    context.on('requestfinished', (request) => {
      if (!counting) return;
      sizes.push(
        request.sizes().then((size) => {
          bytes += size.responseHeadersSize + size.responseBodySize;
        }),
      );
    });
    await page.addInitScript(() => {
      const w = (window.timing = {} as Timing);
      document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
      new MutationObserver(() => {
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        // Results for the whole query, not for a prefix typed on the way.
        if (w.expected && status.includes(`“${w.expected}”`) && /\d+ results?/.test(status) && w.shown === undefined) w.shown = performance.now();
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${origin}/search/`);
    await page.evaluate((q) => (window.timing.expected = q), query);
    await page.locator('#search-input').focus();
    await page.keyboard.type(query, { delay: 40 });
    await page.waitForFunction(() => window.timing.shown !== undefined, null, { timeout: 15000 });
    counting = false;
    await Promise.all(sizes);
    const first = await page.evaluate(() => window.timing.shown! - window.timing.lastKey!);
    // Warm: clear, let the page settle, type the query again.
    await page.locator('#search-input').fill('');
    await page.waitForTimeout(300);
    await page.evaluate(() => (window.timing.shown = undefined));
    await page.keyboard.type(query, { delay: 40 });
    await page.waitForFunction(() => window.timing.shown !== undefined, null, { timeout: 15000 });
    const warm = await page.evaluate(() => window.timing.shown! - window.timing.lastKey!);
    rows.push({ query, bytes, first, warm });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

console.log('| query | bytes transferred until results | ms, first query | ms, warm |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.query} | ${row.bytes} | ${row.first.toFixed(0)} | ${row.warm.toFixed(0)} |`);
console.log(
  `| **median** | **${median(rows.map((r) => r.bytes))}** | **${median(rows.map((r) => r.first)).toFixed(0)}** | **${median(rows.map((r) => r.warm)).toFixed(0)}** |`,
);
