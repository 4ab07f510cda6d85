/** What the link check reads of a page (src/link-check/crawler.node.ts): which links are its post's body, a redirect page's refresh, a _redirects rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage, findBrokenReferences, refreshUrl } from '../../../src/link-check/crawler.node.ts';
import { join } from 'node:path';
import { ROOT } from '../../support/posts.ts';

test("the body's links are told from the layout's", () => {
  const html =
    '<header><a href="/">home</a></header><main><div class="prose post-body"><p>See <a href="/posts/x/">x</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x"><br><p><a href="">none</a></div><a href="/tags/">tags</a></main>';
  const { urls, postBody } = readPage(html);
  assert.deepEqual(urls, ['/', '/posts/x/', '/a.png', '/a.png', '/b.png', '/tags/']);
  assert.deepEqual(postBody, { from: 1, to: 5 });
  assert.equal(readPage('<main><a href="/">home</a></main>').postBody, undefined);
});

test('the link check reads a refresh as a link, as browsers parse it', () => {
  assert.equal(refreshUrl('0; url=/blog/posts/x/'), '/blog/posts/x/');
  assert.equal(refreshUrl("0;URL='/blog/posts/x/'"), '/blog/posts/x/');
  assert.equal(refreshUrl('0, /blog/posts/x/'), '/blog/posts/x/');
  assert.equal(refreshUrl('5'), undefined);
  assert.deepEqual(readPage('<meta http-equiv="Refresh" content="0; url=/blog/posts/x/">').urls, ['/blog/posts/x/']);
});

test('the link check reports a redirect page and a _redirects rule that lead nowhere, and a rule outside the base path', () => {
  const { checked, broken } = findBrokenReferences(join(ROOT, 'tests/fixtures/crawl-redirects'), 'https://notes.example.org', '/blog/');
  assert.ok(checked >= 8, `only ${checked} references checked`);
  assert.deepEqual(
    broken.map((b) => `${b.page}: ${b.url}: ${b.reason}`).sort(),
    [
      '_redirects line 3: /blog/posts/gone/: no such file',
      '_redirects line 4: /elsewhere/: redirects from outside the base path /blog/',
      '_redirects line 6: /blog/posts/missing/: no such file',
      'old/bad/index.html: /blog/posts/gone/: no such file',
    ].sort(),
  );
});
