/**
 * Search through the real servers with server-config/'s configurations (the rules
 * themselves are checked over HTTP in tests/build/hosting-servers.test.ts):
 * the page under its CSP headers, Pagefind's script, WebAssembly and index
 * files with the types, caching and compression nginx and Caddy give them,
 * at / and under /blog/. Each test starts its own server (scripts/lib/host-servers.ts),
 * so only these two need nginx and Caddy installed.
 */
import { startHostServer } from '../../scripts/lib/host-servers.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { test, expect } from './support/strict-page.ts';

/** Ports of their own: tests/build/hosting-servers.test.ts may be serving on 4341–4346 at the same time. */
const FIRST_PORT = { nginx: 4351, caddy: 4353 };

for (const server of ['nginx', 'caddy'] as const) {
  test(`search finds posts through ${server}, at / and under /blog/`, async ({ page }) => {
    const sites = (['root', 'blog'] as const).map((name, i) => ({ dir: TEST_SITES[name].dir, base: TEST_SITES[name].base, port: FIRST_PORT[server] + i }));
    const running = await startHostServer(server, sites);
    try {
      for (const { base, port } of sites) {
        await test.step(`${base}search/?q=ovs-vsctl`, async () => {
          await page.goto(`http://127.0.0.1:${port}${base}search/?q=ovs-vsctl`);
          await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “ovs-vsctl”\.$/);
          await expect(page.locator('.search-result h2 a').first()).toHaveAttribute('href', new RegExp(`^${base}posts/[^/]+/`));
        });
      }
    } finally {
      await running.stop();
    }
  });
}
