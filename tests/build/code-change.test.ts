/**
 * Astro keeps each `.md` post, rendered at the content sync, in its data
 * store, and copies unchanged post pages from the last build. Neither may
 * outlive a change to the code that rendered them
 * (src/build-caches/code-aware-digest.node.ts). A copy of the site gets a
 * `.md` post, as an author writes one (the only post: the other posts do not
 * change what this proves, and cost two thirds of each build), and is built; then the `.md` plugin,
 * which draws its anchored headings, is changed as a developer would, and the
 * copy is built again with the caches of the first build: the post's page
 * shows the change.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite, keepOnlyPosts } from '../../scripts/lib/site-copy.ts';
import { astroBuild } from '../support/astro-build.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';

const PLUGIN = 'src/markdown-posts/markdown-post-plugin.ts';
const LABEL = 'Link to section: ';
const CHANGED_LABEL = 'Go to the section: ';
const POST = 'bond-notes-in-markdown';
const POST_TEXT = [
  '---',
  'title: "Bond notes in Markdown"',
  'description: "A .md post of the code-change test: two headings and a listing."',
  'pubDate: 2012-06-01',
  'tags: [ahv]',
  '---',
  '',
  '## The bond',
  '',
  '```shellsession',
  '[root@host ~]# ovs-appctl bond/show bond0',
  'bond_mode: active-backup',
  '```',
  '',
  '## The uplinks',
  '',
  'Two of them, eth2 and eth3.',
  '',
].join('\n');

let site = '';
const page = () => readFileSync(join(site, 'dist/posts', POST, 'index.html'), 'utf8');

async function build(): Promise<void> {
  const { code, output } = await astroBuild(site, TEST_SITES.root.env);
  assert.equal(code, 0, `the build failed:\n${output.slice(-3000)}`);
}

before(async () => {
  site = copySite('code-change');
  keepOnlyPosts(site);
  writeFileSync(join(site, 'content/posts', `${POST}.md`), POST_TEXT);
  await build();
  assert.ok(page().includes(`${LABEL}The bond`), 'the first build draws the headings with the label the test changes');
  const plugin = readFileSync(join(site, PLUGIN), 'utf8');
  assert.ok(plugin.includes(`\`${LABEL}\${text}\``), `${PLUGIN} writes the label the test changes`);
  writeFileSync(join(site, PLUGIN), plugin.replace(`\`${LABEL}\${text}\``, `\`${CHANGED_LABEL}\${text}\``));
  await build();
});

test('after a change to the code that renders it, a .md post shows the change', () => {
  assert.ok(page().includes(`${CHANGED_LABEL}The bond`), 'the page is drawn by the changed code');
  assert.ok(!page().includes(LABEL), 'nothing of the old rendering is left');
});
