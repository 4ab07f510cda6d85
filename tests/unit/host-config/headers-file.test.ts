/** `_headers`, written by the build for Netlify and Cloudflare Pages from src/config/site.ts, and the one source of the host files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, parseHeadersFile } from '../../../src/host-config/headers-file.ts';

function rulesFor(base: string): Record<string, Record<string, string>> {
  return Object.fromEntries(
    parseHeadersFile(headersFile(base)).map((rule) => [rule.path, Object.fromEntries(Object.entries(rule.headers).map(([k, v]) => [k.toLowerCase(), v]))]),
  );
}

test('_headers sets the safety headers on every path and caches hashed assets for good', () => {
  const rules = rulesFor('/');
  const all = rules['/*']!;
  assert.equal(all['x-content-type-options'], 'nosniff');
  assert.equal(all['referrer-policy'], 'strict-origin-when-cross-origin');
  assert.equal(all['content-security-policy'], "frame-ancestors 'none'");
  assert.match(all['permissions-policy']!, /camera=\(\)/);
  assert.match(all['permissions-policy']!, /fullscreen=\(self "https:\/\/www\.youtube-nocookie\.com"\)/);
  assert.equal(rules['/_astro/*']!['cache-control'], 'public, max-age=31536000, immutable');
});

test('under a base path, the rules are prefixed with it: no hand edits for a subpath', () => {
  assert.deepEqual(Object.keys(rulesFor('/blog/')), ['/blog/*', '/blog/_astro/*']);
  assert.deepEqual(Object.keys(rulesFor('blog')), ['/blog/*', '/blog/_astro/*']);
});
