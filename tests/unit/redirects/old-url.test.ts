/**
 * A post's old URLs (`redirectFrom`): which are accepted, the one list of
 * redirects, the redirect page, `_redirects`, and the link check of both.
 * Runs on the test-only post tests/fixtures/posts/moved-from-wordpress.mdx,
 * the one the fixture build serves its redirects for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { ROOT } from '../../support/posts.ts';
import { checkPostFile } from '../../support/content-check.ts';
import { isSitePath, oldQueryUrl, oldUrlProblem, readOldUrl, redirectPageFile, requestPath } from '../../../src/redirects/old-url.ts';
import { listRedirects, queryRedirectMap } from '../../../src/redirects/redirect-list.ts';
import { redirectPageHtml } from '../../../src/redirects/redirect-page.ts';
import { parseRedirectsFile, redirectsFile } from '../../../src/host-config/redirects-file.ts';
import { findBrokenReferences, readPage, refreshUrl } from '../../../src/link-check/crawler.node.ts';
import { paths } from '../../../src/lib/urls.ts';

const FIXTURE_POST = join(ROOT, 'tests/fixtures/posts/moved-from-wordpress.mdx');

/** The fixture post as the build reads it: through the schema and the content rules. */
function fixturePost() {
  const { problems, facts } = checkPostFile(FIXTURE_POST, readFileSync(FIXTURE_POST, 'utf8'));
  assert.deepEqual(problems, []);
  return { id: facts!.id, data: { redirectFrom: facts!.redirectFrom } };
}

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

test('a redirect page sends the browser on at once, is valid HTML and keeps a hostile title as text', async () => {
  const title = `Hostile<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
  const html = redirectPageHtml({ title, to: '/blog/posts/hostile-content/', canonical: 'https://notes.example.org/blog/posts/hostile-content/' });
  assert.match(html, /^<!DOCTYPE html><html lang="en">/);
  assert.ok(html.includes('<meta http-equiv="refresh" content="0; url=/blog/posts/hostile-content/">'));
  assert.ok(html.includes('<link rel="canonical" href="https://notes.example.org/blog/posts/hostile-content/">'));
  assert.ok(html.includes('<meta name="robots" content="noindex">'));
  assert.ok(html.includes('<a href="/blog/posts/hostile-content/">Hostile&#x3C;script>'), 'the title is a link, as text');
  assert.doesNotMatch(html, /<script|<img|<style/);
  assert.deepEqual(
    readPage(html).urls,
    ['https://notes.example.org/blog/posts/hostile-content/', '/blog/posts/hostile-content/', '/blog/posts/hostile-content/'],
    'the link check follows the canonical, the refresh and the link',
  );
  const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const report = await new HtmlValidate(config).validateString(html, 'redirect.html');
  assert.deepEqual(
    report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`)),
    [],
  );
  assert.doesNotMatch(redirectPageHtml({ title: 'x', to: '/posts/x/' }), /canonical/, 'no canonical without an origin');
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
