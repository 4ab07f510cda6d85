#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests: Playwright's own build when it is
 * installed, else a system one. Run directly, it fails fast with a hint, so
 * `npm test` never waits on a browser that is not there.
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

/** @returns {Promise<string | undefined>} */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
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
  const found = await findChromium();
  if (!found) {
    console.error(
      [
        'No Chromium found for the browser tests.',
        'Install one of:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium',
        '  Playwright:     npx playwright install chromium',
        'or point CHROMIUM_PATH at a Chromium/Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
