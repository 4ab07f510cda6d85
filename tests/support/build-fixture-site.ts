/**
 * Builds the site plus the test-only posts of tests/fixtures/posts/ (and the
 * files of tests/fixtures/public/, the tags of tests/fixtures/tags.yaml) into
 * tests/.tmp/dist-fixtures, for the browser tests of what no real post has:
 * a YouTube embed with a known id, a self-hosted video, hostile content.
 *
 *   node tests/support/build-fixture-site.ts
 */
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './posts.ts';
import { TMP, astroBuild, copySite } from './site-build.ts';

const FIXTURE_DIST = join(TMP, 'dist-fixtures');

const dir = copySite('fixture-site');
cpSync(join(ROOT, 'tests/fixtures/posts'), join(dir, 'content/posts'), { recursive: true });
cpSync(join(ROOT, 'tests/fixtures/public'), join(dir, 'public'), { recursive: true });
appendFileSync(join(dir, 'content/tags.yaml'), `\n${readFileSync(join(ROOT, 'tests/fixtures/tags.yaml'), 'utf8')}`);
rmSync(FIXTURE_DIST, { recursive: true, force: true });
const { code, output } = await astroBuild(dir, { OUT_DIR: FIXTURE_DIST });
if (code !== 0) {
  console.error(output);
  process.exit(1);
}
console.log(`Fixture site built into ${FIXTURE_DIST}`);
