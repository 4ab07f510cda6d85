#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests: Playwright's own build when it is
 * installed, else a system one. Run directly, it fails fast with a hint, so
 * `npm test` never waits on a browser that is not there.
 *
 * The tests prefer Chromium's headless shell (Debian's
 * `chromium-headless-shell`, the build Playwright itself runs headless): the
 * full browser in headless mode took 144 s of CPU for the browser suite, the
 * shell 78 s. The Lighthouse audit keeps the full browser it scores for.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * @param {{ headlessShell?: boolean }} [options] `headlessShell`: take the headless shell when it is there (for tests).
 * @returns {Promise<string | undefined>}
 */
export async function findChromium({ headlessShell = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (headlessShell && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's browsers are not installed; fall through to the system.
  }
  return SYSTEM_CANDIDATES.find((path) => existsSync(path));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = await findChromium({ headlessShell: true });
  if (!found) {
    console.error(
      [
        'No Chromium found for the browser tests.',
        'Install one of:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium chromium-headless-shell',
        '  Playwright:     npx playwright install chromium',
        'or point CHROMIUM_PATH at a Chromium/Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
