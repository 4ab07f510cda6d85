// Hashes for the few scripts that must run inline, before first paint
// (Astro's CSP does not hash `is:inline` scripts itself).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * @param {string} source
 * @returns {`sha256-${string}`}
 */
function sha256Source(source) {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

const themeInitSource = readFileSync(new URL('../scripts/theme-init.js', import.meta.url), 'utf8');
export const inlineScriptHashes = [sha256Source(themeInitSource)];
