/** The social cards integration (src/social-cards/social-cards-integration.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';

test("a page's name for the card list is Astro's: under the base path, no leading slash, a trailing one", async () => {
  const { pageName } = await import('../../../src/social-cards/social-cards-integration.ts');
  assert.equal(pageName('/', '/'), '');
  assert.equal(pageName('/posts/x/', '/'), 'posts/x/');
  assert.equal(pageName('/blog/posts/x/', '/blog/'), 'posts/x/');
  assert.equal(pageName('/blog/', '/blog/'), '');
  assert.equal(pageName('/blog/404', '/blog/'), '404/');
});
