import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4322);
/** A second build, under /blog/, for the tests that must also pass on a subpath (tests/support/build-test-sites.ts). */
const BLOG_PORT = PORT + 1;
const BLOG_DIR = 'tests/.tmp/dist-blog';
/** The site plus test-only posts (tests/support/build-test-sites.ts), for features no real post uses yet. */
const FIXTURE_PORT = PORT + 2;
const FIXTURE_DIR = 'tests/.tmp/dist-fixtures';
const executablePath = await findChromium();
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
 * Browser tests run against the built site (`dist/`), served by
 * scripts/serve.ts the way a plain static host serves it (404.html for
 * unknown paths). `npm run test:e2e` builds them first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores; a third worker keeps them busy while one waits on a page load.
  workers: 3,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['video.spec.ts', 'hostile-content.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'base-path',
      testMatch: ['search.spec.ts'],
      // The same pages and the same index as the root build: what the base path can break is the
      // URLs (of the bundle, the results, the filters), not axe's findings or the ranking.
      grepInvert: /axe finds no violations|each query finds its post first/,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${BLOG_PORT}/blog/` },
    },
    {
      name: 'fixtures',
      testMatch: ['video.spec.ts', 'hostile-content.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${FIXTURE_PORT}/` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts --dir dist --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.ts --dir ${BLOG_DIR} --base /blog/ --port ${BLOG_PORT}`,
      url: `http://localhost:${BLOG_PORT}/blog/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.ts --dir ${FIXTURE_DIR} --port ${FIXTURE_PORT}`,
      url: `http://localhost:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
