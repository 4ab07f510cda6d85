/** The file each page is written to, as Astro's "directory" format writes it (src/lib/rendered-pages.node.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageFile } from '../../../src/lib/rendered-pages.node.ts';

test('a page is written to its folder, the home page and the status pages beside them', () => {
  assert.equal(pageFile('/', { type: 'page' }), 'index.html');
  assert.equal(pageFile('/posts/networking-exploration-nutanix-ahv/', { type: 'page' }), 'posts/networking-exploration-nutanix-ahv/index.html');
  assert.equal(pageFile('/tags/ahv', { type: 'page' }), 'tags/ahv/index.html');
  assert.equal(pageFile('/404', { type: 'page' }), '404.html');
  assert.equal(pageFile('/2014/05/old-post/', { type: 'redirect' }), '2014/05/old-post/index.html');
});

test('an endpoint writes no page, unless it is named as one', () => {
  assert.equal(pageFile('/rss.xml', { type: 'endpoint' }), undefined);
  assert.equal(pageFile('/search-words.json', { type: 'endpoint' }), undefined);
  assert.equal(pageFile('/legacy.html', { type: 'endpoint' }), 'legacy.html');
});
