/**
 * A post's old URLs (`redirectFrom`, src/redirects/old-url.ts): which are
 * accepted, which paths are the site's own, and where a redirect page is
 * served from. The list of redirects, the redirect page, `_redirects` and
 * the link check of them are tested beside their modules
 * (redirects/redirect-list.test.ts, redirect-page.test.ts,
 * host-config/redirects-file.test.ts, link-check/crawler.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/posts.ts';
import { isSitePath, oldQueryUrl, oldUrlProblem, readOldUrl, redirectPageFile, requestPath } from '../../../src/redirects/old-url.ts';
import { paths } from '../../../src/lib/urls.ts';

test('an old URL is a path of the old site, or its root with a WordPress id', () => {
  // As the old site wrote it, or as a browser requests it: "/café/" and "/caf%C3%A9/" are the same old URL.
  for (const url of ['/2016/02/02/hello-world/', '/hello-world', '/archives/12.html', '/café/', '/caf%C3%A9/', '/caf%c3%a9/', '/hello world/']) {
    assert.equal(oldUrlProblem(url), undefined, url);
    assert.deepEqual(readOldUrl(url), { kind: 'path', path: url });
  }
  assert.deepEqual(readOldUrl('/?p=12'), { kind: 'query', param: 'p', id: '12' });
  assert.deepEqual(readOldUrl('/?page_id=7'), { kind: 'query', param: 'page_id', id: '7' });
});

test('an old URL that no redirect could serve is refused, saying why', () => {
  const refused: Record<string, RegExp> = {
    '2016/hello/': /must start with \//,
    'https://old.example.org/hello/': /must start with \//,
    '//old.example.org/hello/': /must not start with \/\//,
    '/hello/#comments': /must not contain #/,
    '/?p=12#comments': /must not contain #/,
    '/hello/?p=12': /a query only as \/\?p=<digits> or \/\?page_id=<digits>/,
    '/?p=hello': /a query only as/,
    '/?p=12&replytocom=3': /a query only as/,
    '/?cat=3': /a query only as/,
    '/2016/../hello/': /has a \. or \.\. segment or a \\: a browser would request "\/hello\/"/,
    '/2016/./hello/': /has a \. or \.\. segment/,
    '/2016/%2e%2e/hello/': /has a \. or \.\. segment/,
    '/2016\\hello/': /has a \. or \.\. segment or a \\: a browser would request "\/2016\/hello\/"/,
    '/100%/': /malformed %-escape/,
    '/a%2Fb/': /an escaped \/, \\, \?, # or control character/,
  };
  for (const [url, why] of Object.entries(refused)) {
    assert.match(oldUrlProblem(url) ?? 'accepted', why, url);
    assert.throws(() => readOldUrl(url), why);
  }
});

test('a redirect page is served from a folder with index.html, or from the .html file the path names', () => {
  assert.equal(redirectPageFile('/2016/02/02/hello-world/'), '2016/02/02/hello-world/index.html');
  assert.equal(redirectPageFile('/hello-world'), 'hello-world/index.html');
  assert.equal(redirectPageFile('/archives/12.html'), 'archives/12.html');
  assert.equal(redirectPageFile('/old.htm'), 'old.htm/index.html', 'only .html names a file');
  assert.equal(redirectPageFile('/version-1.2'), 'version-1.2/index.html');
  // File names are decoded: a host decodes the path it is asked for.
  assert.equal(redirectPageFile('/caf%C3%A9/'), 'café/index.html');
  assert.equal(redirectPageFile('/café/'), 'café/index.html');
  assert.equal(requestPath('/café/'), '/caf%C3%A9/');
  assert.equal(requestPath('/caf%C3%A9/'), '/caf%C3%A9/');
});

test('the paths the site serves itself are never old URLs: every route, public folder and file the build writes', () => {
  const routes = readdirSync(join(ROOT, 'src/pages'))
    .filter((name) => !name.startsWith('['))
    .map((name) => name.replace(/\.(astro|ts)$/, ''))
    .map((name) => (name === '404' ? '404.html' : name === 'index' ? '' : name));
  const publicFiles = ['public', 'tests/fixtures/public'].flatMap((dir) => readdirSync(join(ROOT, dir)));
  const written = ['_astro', 'pagefind', 'social-cards', 'sitemap-index.xml', 'sitemap-0.xml', '_headers', '_redirects', paths.queryRedirects().slice(1)];
  for (const name of [...routes, ...publicFiles, ...written]) {
    assert.ok(isSitePath(`/${name}`) && isSitePath(`/${name}/`) && isSitePath(`/${name}/x/`), `/${name} is the site's`);
  }
  assert.ok(isSitePath('/'));
  assert.ok(isSitePath('/Posts/x/'), 'case-blind');
  for (const old of ['/2016/02/02/hello-world/', '/hello-world', '/archives/12.html', '/tag/ahv/', '/post/x/']) assert.ok(!isSitePath(old), old);
});

test('the home page reads a WordPress id from its query as redirectFrom writes it', () => {
  assert.equal(oldQueryUrl('?p=12'), '/?p=12');
  assert.equal(oldQueryUrl('?page_id=7&preview=true'), '/?page_id=7');
  assert.equal(oldQueryUrl('?replytocom=3&p=12'), '/?p=12');
  assert.equal(oldQueryUrl('?p=hello'), undefined);
  assert.equal(oldQueryUrl('?q=ovs'), undefined);
  assert.equal(oldQueryUrl(''), undefined);
});
