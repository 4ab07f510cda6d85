#!/usr/bin/env node
/**
 * Lighthouse (mobile settings) on one page of each kind of the built site
 * (scripts/lib/page-types.ts) and a search with results, with the system Chromium. Prints the four category
 * scores and LCP / CLS / TBT; exits non-zero when accessibility, best
 * practices or SEO is below 100. Not part of `npm test`: scores depend on the
 * machine. Run `npm run build` first.
 *
 * The site is served as a host serves it: by nginx with the site's own
 * configuration (server-config/nginx/site.conf: compression, caching), when nginx is
 * installed; else by scripts/serve.ts, which sends files uncompressed, as no
 * real host does (Lighthouse then times a post's 100 KB of HTML as 100 KB).
 *
 *   npm run audit
 */
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './find-chromium.mjs';
import { startStaticServer } from './lib/static-server.ts';
import { findHostServer, startHostServer } from './lib/host-servers.ts';
import { pageTypes } from './lib/page-types.ts';

const PORT = 4395;
// The 404 page is left out: Lighthouse marks down any page answered with a 404, which that page must be.
const PAGES = [...Object.entries(pageTypes).flatMap(([kind, path]) => (kind === 'notFound' ? [] : [path])), '/search/?q=ovs-vsctl'];
const STRICT = ['accessibility', 'best-practices', 'seo'];

const server = findHostServer('nginx')
  ? await startHostServer('nginx', [{ dir: resolve('dist'), base: '/', port: PORT }])
  : await startStaticServer({ dir: 'dist', port: PORT });
console.log(`Served by ${'name' in server ? server.name : 'scripts/serve.ts (uncompressed)'}.\n`);
const chromePath = await findChromium();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

let failed = false;
console.log('| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
try {
  for (const path of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    console.log(
      `| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audit('largest-contentful-paint')} | ${audit('cumulative-layout-shift')} | ${audit('total-blocking-time')} |`,
    );
    for (const id of STRICT) {
      if (score(id) < 100) {
        failed = true;
        const failing = Object.values(lhr.audits).filter(
          (a) => a.score !== null && a.score < 1 && lhr.categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        );
        console.log(`  ${id} below 100 on ${path}: ${failing.map((a) => a.id).join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
process.exit(failed ? 1 : 0);
