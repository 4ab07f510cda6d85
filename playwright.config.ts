import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { SERVED_SITES, siteUrl } from './tests/e2e/support/test-sites.ts';

const executablePath = await findChromium({ headlessShell: true });
const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/**
 * Browser tests run against the built sites (tests/e2e/support/test-sites.ts),
 * served by scripts/serve.ts the way a plain static host serves them
 * (404.html for unknown paths). `npm run test:e2e` builds them first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One worker per core: the tests are CPU-bound (Chromium rendering, axe), and a third worker measured no faster.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions,
    baseURL: siteUrl('root'),
    trace: 'off',
  },
  // One project: the files that need another build say so with test.use({ baseURL }).
  webServer: SERVED_SITES.map(({ dir, base, port }) => ({
    command: `node scripts/serve.ts --dir ${dir} --base ${base} --port ${port}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
