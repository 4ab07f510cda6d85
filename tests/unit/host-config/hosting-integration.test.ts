/** The hosting integration (src/host-config/hosting-integration.ts): the build writes `_headers` and `_redirects` itself. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostingIntegration } from '../../../src/host-config/hosting-integration.ts';

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
