/**
 * MDX posts whose body is plain Markdown are rendered once at the content
 * sync and kept as HTML in Astro's data store, not bundled as modules
 * (src/collections/mdx-as-data.node.ts). On the built fixture site
 * (tests/support/build-test-sites.ts), the twins
 * tests/fixtures/posts/quartzite-twin-{data,module}.mdx carry the same body,
 * and the module twin's `export` keeps it a module: both must render the
 * same HTML, headings, listings, diagram, links and tables alike.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { storedPosts } from '../support/data-store.ts';
import { MIGRATED_POST_IDS } from '../support/posts.ts';

const site = TEST_SITES.fixtures;
const page = (slug: string) => readFileSync(join(site.dir, 'posts', slug, 'index.html'), 'utf8');
/** The post's body element, as the page shows it (the line break an `export` leaves at its top aside). */
const bodyOf = (html: string) => {
  let body: Element | undefined;
  visit(fromHtml(html), 'element', (element) => {
    if (!body && Array.isArray(element.properties['className']) && element.properties['className'].includes('post-body')) body = element;
  });
  assert.ok(body, 'the page has a post body');
  return toHtml(body).replace(/^(<div[^>]*>)\n/, '$1');
};
const posts = () => storedPosts(site.source);

before(() => {
  assert.ok(existsSync(join(site.dir, 'posts/quartzite-twin-data/index.html')), 'run `npm run build:test-sites` first');
});

test('the plain body is data, its twin with an export a module', () => {
  const stored = posts();
  assert.ok(stored.get('quartzite-twin-data')?.rendered?.html.includes('Quartzite uplinks'), 'the plain twin is kept as HTML');
  assert.equal(stored.get('quartzite-twin-module')?.deferredRender, true, 'the twin with an export is a module');
  assert.equal(stored.get('quartzite-twin-module')?.rendered, undefined);
});

test('both twins render the same HTML', () => {
  const dataPage = page('quartzite-twin-data');
  // Drawn the way the MDX components draw them, not only the same text.
  assert.match(
    dataPage,
    /<div class="heading-wrapper level-2"><h2 id="quartzite-uplinks">Quartzite uplinks<\/h2><a class="anchor-link" href="#quartzite-uplinks" data-pagefind-ignore>/,
  );
  assert.match(dataPage, /<figure class="diagram">[\s\S]*<button class="diagram-open"[^>]*>Open the diagram full size<\/button>/);
  assert.match(dataPage, /<code>&lt;interface type='bridge'&gt;<\/code>/);
  assert.equal(bodyOf(dataPage), bodyOf(page('quartzite-twin-module')));
});

test('the eight migrated posts are data, kept as HTML, not modules', () => {
  const stored = posts();
  for (const id of MIGRATED_POST_IDS) {
    const entry = stored.get(id);
    assert.ok(entry?.rendered?.html, `content/posts/${id}.mdx is kept as HTML`);
    assert.notEqual(entry.deferredRender, true, `content/posts/${id}.mdx is not a module`);
  }
});
