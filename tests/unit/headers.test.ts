import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/posts.ts';

/** public/_headers as { path: { header: value } }, in the format Netlify and Cloudflare Pages read. */
function parseHeaders(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

test('public/_headers sets the safety headers on every path and caches hashed assets for good', () => {
  const rules = parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
  const all = rules['/*']!;
  assert.equal(all['x-content-type-options'], 'nosniff');
  assert.equal(all['referrer-policy'], 'strict-origin-when-cross-origin');
  assert.equal(all['content-security-policy'], "frame-ancestors 'none'");
  assert.match(all['permissions-policy']!, /camera=\(\)/);
  assert.match(all['permissions-policy']!, /fullscreen=\(self "https:\/\/www\.youtube-nocookie\.com"\)/);
  assert.equal(rules['/_astro/*']!['cache-control'], 'public, max-age=31536000, immutable');
});
