/**
 * A strict build (SITE_URL_REQUIRED=1, as CI's and the test builds are)
 * without SITE_URL fails before it builds anything, and says which variable
 * to set. The warning a non-strict build prints instead is unit-tested
 * (tests/unit/config/deploy.test.ts and site-url-check.test.ts); the real site's builds, which set SITE_URL,
 * print none (build-log.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copySite } from '../../scripts/lib/site-copy.ts';
import { astroBuild } from '../support/astro-build.ts';

test('a strict build without SITE_URL fails at once, naming SITE_URL', async () => {
  const dir = copySite('strict-without-site-url');
  const { code, output } = await astroBuild(dir, { SITE_URL: '', SITE_URL_REQUIRED: '1', OUT_DIR: './dist' });
  assert.notEqual(code, 0, `the build should fail:\n${output.slice(-2000)}`);
  assert.match(output, /SITE_URL is not set and SITE_URL_REQUIRED=1 requires it/);
  assert.equal(existsSync(join(dir, 'dist')), false, 'it failed before writing anything');
  assert.doesNotMatch(output, /Building static entrypoints|generating static routes/i, 'it failed before building');
  rmSync(dir, { recursive: true, force: true });
});
