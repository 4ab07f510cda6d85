/** `_redirects` (src/host-config/redirects-file.ts) for the old URLs of the test-only post tests/fixtures/posts/moved-from-wordpress.mdx. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listRedirects } from '../../../src/redirects/redirect-list.ts';
import { parseRedirectsFile, redirectsFile } from '../../../src/host-config/redirects-file.ts';
import { fixturePost } from '../../support/redirect-fixture.ts';

test('_redirects has a 301 for each old URL, under the base path, percent-encoded: paths for both hosts, WordPress ids in Netlify’s syntax', () => {
  const redirects = listRedirects([fixturePost()]);
  const text = redirectsFile(redirects, '/blog/');
  assert.equal(
    text.split('\n').slice(1).join('\n'),
    [
      '/blog/2016/02/02/hello-world/ /blog/posts/moved-from-wordpress/ 301',
      '/blog/2016/02/02/hello-world /blog/posts/moved-from-wordpress/ 301',
      '/blog/hello-world /blog/posts/moved-from-wordpress/ 301',
      '/blog/archives/12.html /blog/posts/moved-from-wordpress/ 301',
      '/blog/caf%C3%A9/ /blog/posts/moved-from-wordpress/ 301',
      '/blog/ p=12 /blog/posts/moved-from-wordpress/ 301!',
      '/blog/ page_id=7 /blog/posts/moved-from-wordpress/ 301!',
      '',
    ].join('\n'),
  );
  assert.match(text, /^# /, 'a comment first');
  assert.deepEqual(
    parseRedirectsFile(redirectsFile(redirects, '/')).map(({ from, query, to, status }) => [from, query, to, status]),
    [
      ['/2016/02/02/hello-world/', undefined, '/posts/moved-from-wordpress/', '301'],
      ['/2016/02/02/hello-world', undefined, '/posts/moved-from-wordpress/', '301'],
      ['/hello-world', undefined, '/posts/moved-from-wordpress/', '301'],
      ['/archives/12.html', undefined, '/posts/moved-from-wordpress/', '301'],
      ['/caf%C3%A9/', undefined, '/posts/moved-from-wordpress/', '301'],
      ['/', 'p=12', '/posts/moved-from-wordpress/', '301!'],
      ['/', 'page_id=7', '/posts/moved-from-wordpress/', '301!'],
    ],
  );
});
