/** The one list of redirects (src/redirects/redirect-list.ts), for the test-only post tests/fixtures/posts/moved-from-wordpress.mdx. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listRedirects, queryRedirectMap } from '../../../src/redirects/redirect-list.ts';
import { fixturePost } from '../../support/redirect-fixture.ts';

test('every old URL of the fixture post is one redirect to it, a path or a WordPress id', () => {
  const redirects = listRedirects([fixturePost(), { id: 'without-old-urls', data: {} }]);
  const to = '/posts/moved-from-wordpress/';
  const post = 'moved-from-wordpress';
  assert.deepEqual(redirects, [
    { from: '/2016/02/02/hello-world/', to, kind: 'path', post },
    { from: '/2016/02/02/hello-world', to, kind: 'path', post },
    { from: '/hello-world', to, kind: 'path', post },
    { from: '/archives/12.html', to, kind: 'path', post },
    { from: '/café/', to, kind: 'path', post },
    { from: '/?p=12', to, kind: 'query', post },
    { from: '/?page_id=7', to, kind: 'query', post },
  ]);
  assert.deepEqual(queryRedirectMap(redirects, '/blog/'), {
    '/?p=12': '/blog/posts/moved-from-wordpress/',
    '/?page_id=7': '/blog/posts/moved-from-wordpress/',
  });
});
