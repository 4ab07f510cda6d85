/** `_headers`, written by the build for Netlify and Cloudflare Pages from src/config/site.ts, and the one source of the host files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFile, parseHeadersFile } from '../../../src/host-config/headers-file.ts';
import { hostingIntegration } from '../../../src/host-config/hosting-integration.ts';

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

test('a _headers or _redirects of its own in public/ is refused: the build writes both, and says where their rules belong', () => {
  const publicDir = mkdtempSync(join(tmpdir(), 'public-'));
  const configDone = hostingIntegration().hooks['astro:config:done'] as unknown as (options: { config: { base: string; publicDir: URL } }) => void;
  const check = () => configDone({ config: { base: '/blog/', publicDir: pathToFileURL(`${publicDir}/`) } });
  try {
    check();
    writeFileSync(join(publicDir, '_redirects'), '/old/ /new/ 301\n');
    assert.throws(check, /^Error: public\/_redirects: the build writes _redirects from the posts' redirectFrom/);
    rmSync(join(publicDir, '_redirects'));
    writeFileSync(join(publicDir, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    assert.throws(check, /^Error: public\/_headers: the build writes _headers from the headers in src\/config\/site\.ts/);
  } finally {
    rmSync(publicDir, { recursive: true, force: true });
  }
});
