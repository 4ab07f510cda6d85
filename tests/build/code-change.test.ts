/**
 * Astro keeps each post rendered at the content sync (every `.md` post, and
 * the MDX posts that are data: src/collections/mdx-as-data.node.ts) in its
 * data store, and copies unchanged post pages from the last build. Neither
 * may outlive a change to the code that rendered them
 * (src/build-caches/code-aware-digest.node.ts). A copy of the site is built,
 * then the `.md` plugin, which draws the anchored headings of posts that are
 * data, is changed as a developer would, and the copy is built again with
 * the caches of the first build: every post page shows the change.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite } from '../../scripts/lib/site-copy.ts';
import { astroBuild } from '../support/astro-build.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { storedPosts } from '../support/data-store.ts';

const PLUGIN = 'src/markdown-posts/markdown-post-plugin.ts';
const LABEL = 'Link to section: ';
const CHANGED_LABEL = 'Go to the section: ';

let site = '';
const page = (id: string) => readFileSync(join(site, 'dist/posts', id, 'index.html'), 'utf8');

async function build(): Promise<void> {
  const { code, output } = await astroBuild(site, TEST_SITES.root.env);
  assert.equal(code, 0, `the build failed:\n${output.slice(-3000)}`);
}

before(async () => {
  site = copySite('code-change');
  await build();
  const plugin = readFileSync(join(site, PLUGIN), 'utf8');
  assert.ok(plugin.includes(`\`${LABEL}\${text}\``), `${PLUGIN} writes the label the test changes`);
  writeFileSync(join(site, PLUGIN), plugin.replace(`\`${LABEL}\${text}\``, `\`${CHANGED_LABEL}\${text}\``));
  await build();
});

test('after a change to the code that renders them, the posts rendered at the content sync show it', () => {
  const asData = [...storedPosts(site)].filter(([, post]) => post.rendered).map(([id]) => id);
  const withHeadings = asData.filter((id) => page(id).includes('class="anchor-link"'));
  assert.ok(withHeadings.length >= 3, `several posts rendered as data have anchored headings: ${withHeadings.join(', ')}`);
  for (const id of withHeadings) {
    assert.ok(page(id).includes(CHANGED_LABEL), `posts/${id}/ is rendered by the changed code`);
    assert.ok(!page(id).includes(LABEL), `posts/${id}/ keeps nothing of the old rendering`);
  }
});
