/**
 * server-config/'s nginx and Caddy configurations on the real servers. Each server
 * starts once, with what the generators make for each test site (only the
 * folder and the port changed: scripts/lib/host-servers.ts), and serves
 * dist/ at /, the /blog/ build, and the fixture site under /blog/ (its old
 * URLs' redirect pages, and a .wasm file: tests/fixtures/public/media/empty.wasm).
 * Every check is an HTTP request to the server, compared with the host rules
 * (src/host-config/host-rules.ts). A server that is not installed fails the test,
 * saying how to install it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { startHostServer, type HostServerName, type RunningHostServer } from '../../scripts/lib/host-servers.ts';
import { hostRules } from '../../src/host-config/host-rules.ts';
import { parseRedirectsFile } from '../../src/host-config/redirects-file.ts';
import { listFiles } from '../../src/lib/files.node.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';

/** Ports above those of the browser tests' servers (4322 on) and their real servers (tests/e2e/real-servers.spec.ts). */
const FIRST_PORT: Record<HostServerName, number> = { nginx: 4341, caddy: 4344 };
const SITE_NAMES = ['root', 'blog', 'fixturesBlog'] as const;
type SiteName = (typeof SITE_NAMES)[number];

const sitesOf = (server: HostServerName) =>
  Object.fromEntries(SITE_NAMES.map((name, i) => [name, { dir: TEST_SITES[name].dir, base: TEST_SITES[name].base, port: FIRST_PORT[server] + i }])) as Record<
    SiteName,
    { dir: string; base: string; port: number }
  >;

/** Both servers start at once, each reporting in its own suite; after() stops whichever started. */
const starting = new Map<HostServerName, Promise<RunningHostServer>>();

before(() => {
  for (const name of SITE_NAMES)
    assert.ok(existsSync(join(TEST_SITES[name].dir, 'index.html')), `no build in ${TEST_SITES[name].dir}: run \`npm run build:test-sites\` first`);
  for (const server of ['nginx', 'caddy'] as const) {
    const start = startHostServer(server, Object.values(sitesOf(server)));
    start.catch(() => {}); // reported by the server's suite
    starting.set(server, start);
  }
});

after(async () => {
  await Promise.allSettled([...starting.values()].map(async (start) => (await start).stop()));
});

/** One file of a built site with the extension, as a path under its base. */
function fileWith(dir: string, pattern: RegExp): string {
  const file = listFiles(dir).find((path) => pattern.test(path));
  assert.ok(file, `no file matching ${pattern} in ${dir}`);
  return relative(dir, file).split('\\').join('/');
}

/** A post's folder name in a built site. */
const aPost = (dir: string) => readdirSync(join(dir, 'posts')).find((name) => existsSync(join(dir, 'posts', name, 'index.html')))!;

for (const server of ['nginx', 'caddy'] as const) {
  const sites = sitesOf(server);
  const get = (site: SiteName, path: string, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${sites[site].port}${path}`, { redirect: 'manual', headers: { 'accept-encoding': 'identity', ...headers } });

  describe(server, () => {
    let running: RunningHostServer;
    before(async () => {
      running = await starting.get(server)!;
    });

    test('starts without a warning about its configuration', () => {
      const log = running.log();
      // The test's own wrapper (scripts/lib/host-servers.ts) turns off Caddy's admin endpoint and HTTPS, and Caddy says so.
      const expected = /admin endpoint disabled|automatic HTTPS is completely disabled/;
      const warnings = log.split('\n').filter((line) => /\[(warn|error|crit|alert|emerg)\]|"level":"(warn|error)"/.test(line) && !expected.test(line));
      assert.deepEqual(warnings, []);
    });

    for (const site of ['root', 'blog'] as const) {
      const { dir, base } = sites[site];
      const rules = hostRules(base);
      const post = `${base}posts/${aPost(dir)}/`;
      const css = base + fileWith(dir, /\/_astro\/[^/]+\.css$/);

      test(`${base}: the security headers on a page, an asset, a redirect and the 404 page`, async () => {
        for (const path of [base, post, css, post.slice(0, -1), `${base}no-such-page/`]) {
          const response = await get(site, path);
          for (const [name, value] of Object.entries(rules.securityHeaders))
            assert.equal(response.headers.get(name), value, `${path} (${response.status}): ${name}`);
        }
      });

      test(`${base}: hashed files are cached for good, everything else revalidated`, async () => {
        assert.equal((await get(site, css)).headers.get('cache-control'), rules.immutableCache, css);
        for (const path of [base, post, `${base}pagefind/pagefind.js`, `${base}_astro/no-such-file.js`]) {
          assert.equal((await get(site, path)).headers.get('cache-control'), rules.revalidateCache, path);
        }
      });

      test(`${base}: a path with no file is the 404 page, with status 404`, async () => {
        const page = readFileSync(join(dir, '404.html'), 'utf8');
        // Outside the base too, for the site under /blog/: that host serves nothing else.
        for (const path of [`${base}no-such-page/`, `${base}posts/no-such-post`, `${base}_astro/no-such-file.js`, '/no-such-page']) {
          const response = await get(site, path, { 'accept-encoding': 'gzip' });
          assert.equal(response.status, 404, path);
          assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
          assert.equal(await response.text(), page, path);
        }
      });

      test(`${base}: a folder without its slash is a 301 to the slash form, under the base, query kept`, async () => {
        const folder = post.slice(0, -1);
        for (const [path, location] of [
          [folder, post],
          [`${folder}?q=a%20b`, `${post}?q=a%20b`],
          [`${base}search?q=ovs-vsctl`, `${base}search/?q=ovs-vsctl`],
          ...(base === '/' ? [] : [[base.slice(0, -1), base]]),
        ] as const) {
          const response = await get(site, path);
          assert.equal(response.status, 301, path);
          // Relative: no scheme, host or port that a proxy in front would get wrong.
          assert.equal(response.headers.get('location'), location, path);
        }
      });

      test(`${base}: text is gzip-compressed when asked, Pagefind's files (gzip already) never`, async () => {
        for (const path of [post, css, `${base}pagefind/pagefind.js`, `${base}rss.xml`]) {
          const response = await get(site, path, { 'accept-encoding': 'gzip' });
          assert.equal(response.headers.get('content-encoding'), 'gzip', path);
          assert.match(response.headers.get('vary') ?? '', /accept-encoding/i, path);
          assert.equal((await get(site, path)).headers.get('content-encoding'), null, `${path}, not asked`);
        }
        for (const path of [base + fileWith(dir, /\.pf_meta$/), base + fileWith(dir, /\.pagefind$/)]) {
          assert.equal((await get(site, path, { 'accept-encoding': 'gzip' })).headers.get('content-encoding'), null, path);
        }
      });

      test(`${base}: Pagefind's files have their types`, async () => {
        const extensions = Object.keys(rules.mimeTypes).filter((extension) => extension !== 'wasm');
        for (const extension of extensions) {
          const path = base + fileWith(dir, new RegExp(`/pagefind/.*\\.${extension}$`));
          assert.equal((await get(site, path)).headers.get('content-type'), rules.mimeTypes[extension], path);
        }
      });
    }

    test('the fixture site under /blog/: each old URL serves its redirect page, a .wasm file its type', async () => {
      const { dir, base } = sites.fixturesBlog;
      const rules = parseRedirectsFile(readFileSync(join(dir, '_redirects'), 'utf8'));
      const paths = rules.filter((rule) => rule.query === undefined);
      assert.ok(paths.length >= 5, `${paths.length} old paths`);
      for (const { from, to } of paths) {
        let response = await get('fixturesBlog', from);
        // An old URL without its slash (/2016/02/02/hello-world) is a folder's: its slash first, as for any folder.
        if (!from.endsWith('/') && !from.endsWith('.html')) {
          assert.equal(response.status, 301, from);
          assert.equal(response.headers.get('location'), `${from}/`, from);
          response = await get('fixturesBlog', `${from}/`);
        }
        assert.equal(response.status, 200, from);
        assert.ok((await response.text()).includes(`<meta http-equiv="refresh" content="0; url=${to}">`), `${from} -> ${to}`);
      }
      // A WordPress id is the home page's business (its script reads the query): the server just serves the page.
      const query = rules.find((rule) => rule.query !== undefined)!;
      assert.equal((await get('fixturesBlog', `${query.from}?${query.query}`)).status, 200);
      const wasm = base + fileWith(dir, /\.wasm$/);
      assert.equal(extname(wasm), '.wasm');
      assert.equal((await get('fixturesBlog', wasm)).headers.get('content-type'), hostRules(base).mimeTypes['wasm'], wasm);
    });
  });
}
