/** The base path (src/lib/base-path.ts), on the inputs the site feeds it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase, normaliseBase, pathUnderBase } from '../../../src/lib/base-path.ts';

test('a base path always has a leading and a trailing slash', () => {
  assert.equal(normaliseBase(undefined), '/');
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase('blog'), '/blog/');
  assert.equal(normaliseBase(' /blog// '), '/blog/');
  assert.equal(normaliseBase('/a/b'), '/a/b/');
});

test('paths join onto the base path without doubled or missing slashes', () => {
  assert.equal(joinBase('/', '/posts/x/'), '/posts/x/');
  assert.equal(joinBase('/blog/', '/posts/x/'), '/blog/posts/x/');
  assert.equal(joinBase('/blog', 'rss.xml'), '/blog/rss.xml');
  assert.equal(joinBase('blog/', '/'), '/blog/');
  assert.equal(joinBase('', ''), '/');
});

test('a path under the base becomes site-relative; a path outside it is undefined', () => {
  assert.equal(pathUnderBase('/blog/posts/x/', '/blog/'), 'posts/x/');
  assert.equal(pathUnderBase('/blog/', 'blog'), '');
  assert.equal(pathUnderBase('/posts/x/', '/'), 'posts/x/');
  assert.equal(pathUnderBase('/other/posts/x/', '/blog/'), undefined);
});
