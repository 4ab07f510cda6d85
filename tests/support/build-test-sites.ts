/**
 * Builds the sites the tests read, each once per `npm test`:
 * - `dist/`: the site as it is, at the domain root (browser tests);
 * - `tests/.tmp/dist-blog/`: the site under BASE_PATH=/blog/ with a real
 *   origin (the subpath crawl, and the browser tests that run on a subpath);
 * - `tests/.tmp/dist-fixtures/`: a copy of the site plus the test-only posts
 *   of tests/fixtures/posts/ (a YouTube embed with a known id, a self-hosted
 *   video, hostile content, a draft), their files and tags, the author's
 *   email address (FIXTURE_AUTHOR_EMAIL), a post made
 *   by `npm run new` and then written as an author would (NEW_POST: its
 *   description, a listing, published), and the WordPress test export
 *   imported by `npm run import`, its media downloaded from a loopback
 *   stand-in for the old site (WORDPRESS_EXPORT, importWordPress()), and the
 *   Jekyll and Hugo fixture sites imported the same way, as `.md` posts;
 * - `tests/.tmp/dist-fixtures-blog/`: that copy again, under BASE_PATH=/blog/
 *   (the imported posts' old URLs must redirect under a subpath too).
 *
 *   node tests/support/build-test-sites.ts
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, TMP } from '../../scripts/lib/repo.ts';
import { copySite } from '../../scripts/lib/site-copy.ts';
import { astroBuild, type BuildResult } from './astro-build.ts';
import { DESCRIPTION_PLACEHOLDER } from '../../src/collections/schemas.ts';
import { DEFAULT_SITE_URL } from '../../src/config/site.ts';
import { startMediaServer } from './media-server.ts';
import { importMarkdownFixtureSites } from './markdown-sites.ts';

export const TEST_SITES = {
  /** Built cold (the repository's build caches removed first): tests/build/rebuild.test.ts compares a rebuild with it. */
  // Every build says its origin (astroBuild builds strictly, SITE_URL_REQUIRED=1): the root one is where `npm start` serves.
  root: { dir: join(ROOT, 'dist'), base: '/', env: { BASE_PATH: '/', SITE_URL: DEFAULT_SITE_URL } },
  blog: { dir: join(TMP, 'dist-blog'), base: '/blog/', origin: 'https://notes.example.org' },
  fixtures: { dir: join(TMP, 'dist-fixtures'), base: '/', source: join(TMP, 'fixture-site') },
  fixturesBlog: { dir: join(TMP, 'dist-fixtures-blog'), base: '/blog/', source: join(TMP, 'fixture-site') },
} as const;

/** The WordPress export the fixture site imports, with its uploads (tests/fixtures/wordpress/CASES.md). */
export const WORDPRESS_EXPORT = {
  file: join(ROOT, 'tests/fixtures/wordpress/export.xml'),
  uploads: join(ROOT, 'tests/fixtures/wordpress/uploads'),
};

/** The post `npm run new` starts in the fixture site; tests/build/new-post.test.ts checks it was built, and that the unit tests pass on it. */
export const NEW_POST = {
  args: ['Trunk ports on bond0', '--tags', 'ahv,Open vSwitch'],
  slug: 'trunk-ports-on-bond0',
  description: 'Carrying several VLANs over one bond.',
  /** What the author writes in place of the command's opening line: a session pasted as it was, a new host's prompt. */
  body: [
    'The bond carries every VLAN of the bridge:',
    '',
    '```shellsession',
    '[root@ahv-1 ~]# ovs-vsctl show',
    'a1b2c3d4-0000-4000-8000-000000000001',
    '    Bridge br0',
    '        Port bond0',
    '            Interface eth2',
    '            Interface eth3',
    '        Port br0',
    '            Interface br0',
    '                type: internal',
    '```',
    '',
  ].join('\n'),
};

/** The author's address the fixture site sets in its src/config/site.ts, so its posts offer "Reply by email" (the real site has none). */
export const FIXTURE_AUTHOR_EMAIL = 'field-notes@example.org';

/**
 * The real import command, as an author moving a WordPress blog runs it:
 * its media downloaded from the old site, here a server on loopback that
 * serves the fixture's uploads (tests/support/media-server.ts).
 */
export async function importWordPress(dir: string): Promise<void> {
  const oldSite = await startMediaServer(WORDPRESS_EXPORT.uploads);
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/import.ts'), WORDPRESS_EXPORT.file, '--media-from', oldSite.origin, '--root', dir]);
  } finally {
    await oldSite.close();
  }
}

/** A copy of the site with the test-only posts, files and tags added, and the author's address set. */
export async function prepareFixtureSite(): Promise<string> {
  const dir = copySite('fixture-site');
  const config = join(dir, 'src/config/site.ts');
  const withEmail = readFileSync(config, 'utf8').replace(/^( {2}email: ).*,$/m, `$1'${FIXTURE_AUTHOR_EMAIL}',`);
  if (!withEmail.includes(FIXTURE_AUTHOR_EMAIL)) throw new Error(`${config}: AUTHOR has no \`email:\` line to set`);
  writeFileSync(config, withEmail);
  cpSync(join(ROOT, 'tests/fixtures/posts'), join(dir, 'content/posts'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/public'), join(dir, 'public'), { recursive: true });
  appendFileSync(join(dir, 'content/tags.yaml'), `\n${readFileSync(join(ROOT, 'tests/fixtures/tags.yaml'), 'utf8')}`);
  // The real command, then what its author does next: write the description and the post, and publish.
  execFileSync(process.execPath, [join(ROOT, 'scripts/new-post.ts'), ...NEW_POST.args, '--root', dir], { stdio: 'ignore' });
  const file = join(dir, 'content/posts', `${NEW_POST.slug}.mdx`);
  const started = readFileSync(file, 'utf8');
  const opening = started.slice(started.indexOf('\n---\n') + 5);
  if (!opening.trim().startsWith('Start writing here.')) throw new Error(`${file}: \`npm run new\` no longer writes the opening line this replaces`);
  const written = started.replace(DESCRIPTION_PLACEHOLDER, NEW_POST.description).replace('draft: true', 'draft: false').replace(opening, `\n${NEW_POST.body}`);
  writeFileSync(file, written);
  await importWordPress(dir);
  // And a Jekyll and a Hugo blog, as `.md` posts (tests/fixtures/jekyll/, tests/fixtures/hugo/).
  await importMarkdownFixtureSites(dir);
  return dir;
}

/** Where each test site's build log is kept, for tests/build/build-log.test.ts. */
export const buildLogFile = (name: keyof typeof TEST_SITES) => join(TMP, 'build-logs', `${name}.log`);

function report(name: keyof typeof TEST_SITES, started: number, result: BuildResult): void {
  mkdirSync(dirname(buildLogFile(name)), { recursive: true });
  writeFileSync(buildLogFile(name), result.output);
  if (result.code !== 0) {
    console.error(result.output);
    throw new Error(`the ${name} build failed`);
  }
  console.log(`built ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function build(name: keyof typeof TEST_SITES, root: string, env: Record<string, string>): Promise<void> {
  const started = performance.now();
  report(name, started, await astroBuild(root, env));
}

if (import.meta.main) {
  for (const site of Object.values(TEST_SITES)) rmSync(site.dir, { recursive: true, force: true });
  // Two at a time (two cores); the two builds of one source one after the other, as they share its cache. The
  // fixture site is made (a copy, `npm run new`, three imports) while the root site builds: it copies none of
  // what a build writes.
  await Promise.all([
    (async () => {
      const fixtureSite = await prepareFixtureSite();
      await build('fixtures', fixtureSite, { OUT_DIR: TEST_SITES.fixtures.dir });
      await build('fixturesBlog', fixtureSite, { BASE_PATH: TEST_SITES.fixturesBlog.base, OUT_DIR: TEST_SITES.fixturesBlog.dir });
    })(),
    (async () => {
      for (const cache of ['node_modules/.astro', '.astro']) rmSync(join(ROOT, cache), { recursive: true, force: true });
      await build('root', ROOT, { ...TEST_SITES.root.env, OUT_DIR: TEST_SITES.root.dir });
      await build('blog', ROOT, { BASE_PATH: TEST_SITES.blog.base, SITE_URL: TEST_SITES.blog.origin, OUT_DIR: TEST_SITES.blog.dir });
    })(),
  ]);
}
