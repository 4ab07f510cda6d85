/**
 * A draft is visible while writing (`astro dev`) and absent from a build:
 * no page, no card, no feed item, no sitemap entry, no tag page of its own.
 * The draft is a test-only post (tests/fixtures/posts/unfinished-draft.mdx),
 * built into the fixture site by tests/support/build-test-sites.ts.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/posts.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { listFiles } from '../../src/lib/files.node.ts';

const DRAFT_TITLE = 'An unfinished draft about br0-arp';
const { dir: OUT, source: SITE } = TEST_SITES.fixtures;

before(() => {
  assert.ok(
    existsSync(join(OUT, 'index.html')) && existsSync(join(SITE, 'content/posts/unfinished-draft.mdx')),
    'no fixture site: run `npm run build:test-sites` first',
  );
});

test('a build leaves the draft out of pages, cards, the feed and the sitemap', () => {
  assert.equal(existsSync(join(OUT, 'posts/unfinished-draft')), false);
  assert.equal(existsSync(join(OUT, 'tags/draft-only')), false);
  const texts = listFiles(OUT).filter((f) => /\.(html|xml)$/.test(f));
  assert.ok(texts.length > 20);
  for (const file of texts) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes(DRAFT_TITLE) && !text.includes('unfinished-draft'), `${file} mentions the draft`);
  }
});

test('the dev server shows the draft', async (t) => {
  const port = 4391;
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    cwd: SITE,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: 'ignore',
  });
  t.after(() => server.kill());
  const url = `http://localhost:${port}/posts/unfinished-draft/`;
  // Wait for the server itself, polling often, for at most a minute.
  let response: Response | undefined;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline && !response?.ok;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    response = await fetch(url).catch(() => undefined);
  }
  assert.equal(response?.status, 200, `dev server did not serve ${url}`);
  assert.match(await response!.text(), new RegExp(DRAFT_TITLE));
});
