/**
 * A draft is visible while writing (`astro dev`) and absent from a build:
 * no page, no card, no feed item, no sitemap entry, no tag page of its own.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/posts.ts';
import { astroBuild, copySite } from '../support/site-build.ts';
import { listFiles } from '../../src/lib/site-links.ts';

const DRAFT_TITLE = 'An unfinished draft about br0-arp';
let dir = '';

before(() => {
  dir = copySite('drafts');
  // The draft uses a tag no published post has, so a tag page would betray it.
  const tags = readFileSync(join(dir, 'content/tags.yaml'), 'utf8');
  writeFileSync(join(dir, 'content/tags.yaml'), `${tags}- id: draft-only\n  label: Draft only\n  description: Used by the draft alone.\n`);
  writeFileSync(
    join(dir, 'content/posts/unfinished-draft.mdx'),
    `---\ntitle: "${DRAFT_TITLE}"\ndescription: "Not ready."\n# Date: test fixture\npubDate: 2030-01-01\ntags: [draft-only, ahv]\ndraft: true\n---\n\nWork in progress.\n`,
  );
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('a build leaves the draft out of pages, cards, the feed and the sitemap', async () => {
  const { code, output } = await astroBuild(dir);
  assert.equal(code, 0, output.slice(-2000));
  const out = join(dir, 'dist');
  assert.equal(existsSync(join(out, 'posts/unfinished-draft')), false);
  assert.equal(existsSync(join(out, 'tags/draft-only')), false);
  const texts = listFiles(out).filter((f) => /\.(html|xml)$/.test(f));
  assert.ok(texts.length > 20);
  for (const file of texts) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes(DRAFT_TITLE) && !text.includes('unfinished-draft'), `${file} mentions the draft`);
  }
});

test('the dev server shows the draft', async (t) => {
  const port = 4391;
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: 'ignore',
  });
  t.after(() => server.kill());
  const url = `http://localhost:${port}/posts/unfinished-draft/`;
  let response: Response | undefined;
  for (let attempt = 0; attempt < 60 && !response?.ok; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    response = await fetch(url).catch(() => undefined);
  }
  assert.equal(response?.status, 200, `dev server did not serve ${url}`);
  assert.match(await response!.text(), new RegExp(DRAFT_TITLE));
});
