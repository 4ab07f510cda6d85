/**
 * `npm run new` end to end. The command's own checks are unit-tested
 * (tests/unit/scripts/new-post.test.ts), and the schema refuses its placeholder
 * description; here the real command runs, and the post it started, once
 * its author has written the description and a listing, is in the fixture
 * build (tests/support/build-test-sites.ts runs it there, so no build of its
 * own), beside the imported WordPress posts.
 *
 * New posts never break the suite: the unit tests run over that content too,
 * with one more post just started (its description still the placeholder,
 * as the author has it before writing a word). They run in a copy of this
 * checkout whose content/ is the fixture site's: the tests find their root
 * from their own files (scripts/lib/repo.ts), so the copy has its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, TMP } from '../../scripts/lib/repo.ts';
import { NEW_POST, TEST_SITES } from '../support/build-test-sites.ts';
import { DESCRIPTION_PLACEHOLDER } from '../../src/collections/schemas.ts';
import { MIGRATED_POSTS } from '../support/posts.ts';

test('npm run new writes a draft and says where it is and where to see it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-post-'));
  try {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    const said = execFileSync(process.execPath, [join(ROOT, 'scripts/new-post.ts'), ...NEW_POST.args, '--root', dir], { encoding: 'utf8' });
    assert.match(said, new RegExp(`Wrote content/posts/${NEW_POST.slug}\\.mdx \\(a draft\\)`));
    assert.match(said, /the build refuses the placeholder/);
    assert.match(said, new RegExp(`http://localhost:4321/posts/${NEW_POST.slug}/`));
    assert.match(readFileSync(join(dir, 'content/posts', `${NEW_POST.slug}.mdx`), 'utf8'), /^draft: true$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the post it started builds once its description and a listing are written', () => {
  const page = join(TEST_SITES.fixtures.dir, 'posts', NEW_POST.slug, 'index.html');
  assert.ok(existsSync(page), `${page} is missing: run \`npm run build:test-sites\` first`);
  const html = readFileSync(page, 'utf8');
  assert.match(html, /<h1[^>]*>Trunk ports on bond0<\/h1>/);
  assert.match(html, new RegExp(`<meta name="description" content="${NEW_POST.description}">`));
  // The session, split into prompt, command and output, with its copy buttons.
  assert.match(html, /<figure class="code-block[^"]*"[^>]*>/);
  assert.match(html, /ovs-vsctl show/);
  assert.match(html, /data-copy="commands"/);
});

/** What a checkout holds besides the site (tests, scripts, the lockfile, server-config/…), which the unit tests read; not its builds or caches. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', '.astro', 'test-results', 'playwright-report', 'content']);

/** A copy of this checkout under tests/.tmp/ (so it resolves the repo's node_modules) whose content/ is the fixture site's. */
function checkoutWithContentOf(site: string, name: string): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // tests/ without tests/.tmp/, which holds the copy itself.
  const entries = readdirSync(ROOT).flatMap((entry) => (entry === 'tests' ? readdirSync(join(ROOT, 'tests')).map((inner) => `tests/${inner}`) : [entry]));
  for (const entry of entries)
    if (!NOT_COPIED.has(entry) && relative(TMP, join(ROOT, entry)) !== '') cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  cpSync(join(site, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** The post the copy gets just started; a title of the test's own, since the copy holds whatever the author has written. */
const STARTED = { title: 'A draft the unit tests read, just started', slug: 'a-draft-the-unit-tests-read-just-started' };

/**
 * The unit test files whose rules run over every post (readPosts, readPublishedPosts, checkPosts of
 * tests/support/), as `npm run test:unit` finds them. The others read no post, or only the eight migrated ones by
 * name, or pin what they read to those eight (the WordPress import's tag registry, `npm run new`'s free series
 * parts): over new posts they do as `npm run test:unit` does, and running them again would double the cost (the
 * import's command-line tests above all).
 */
function unitTestsOverEveryPost(dir: string): string[] {
  const readsEveryPost = /\b(?:readPosts|readPublishedPosts|checkPosts)\(/;
  // The importers' tests, and those of the import command, read what an import wrote (their own readPosts), into sites of their own.
  const files = readdirSync(join(dir, 'tests/unit'), { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.startsWith('importers/') && name !== 'scripts/import.test.ts')
    .filter((name) => name.endsWith('.test.ts') && readsEveryPost.test(readFileSync(join(dir, 'tests/unit', name), 'utf8')))
    .map((name) => `tests/unit/${name}`)
    .sort();
  assert.ok(files.includes('tests/unit/content/post-frontmatter.test.ts') && files.length >= 8, `only ${files.join(', ')} read every post`);
  return files;
}

test('the unit tests pass over new posts: one written after npm run new, one just started, and the imported WordPress posts', async () => {
  const site = TEST_SITES.fixtures.source;
  assert.ok(existsSync(join(site, 'content/posts', `${NEW_POST.slug}.mdx`)), `no fixture site in ${site}: run \`npm run build:test-sites\` first`);
  const dir = checkoutWithContentOf(site, 'unit-tests-on-new-posts');
  try {
    // The author's next post, as the command leaves it: a draft with the placeholder description.
    execFileSync(process.execPath, ['scripts/new-post.ts', STARTED.title, '--tags', 'ahv', '--root', dir], { cwd: dir, stdio: 'ignore' });
    const started = readFileSync(join(dir, 'content/posts', `${STARTED.slug}.mdx`), 'utf8');
    assert.ok(started.includes(DESCRIPTION_PLACEHOLDER) && /^draft: true$/m.test(started), 'the new draft keeps its placeholder description');

    // As `npm run test:unit` runs them, but as a run of its own: NODE_TEST_CONTEXT would make it report to this one, in its binary protocol.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_TEST_CONTEXT'));
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--test', '--test-isolation=none', '--test-reporter=spec', ...unitTestsOverEveryPost(dir)],
        { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    const failing = output.indexOf('failing tests:');
    assert.equal(code, 0, `the unit tests fail over the new posts:\n${failing >= 0 ? output.slice(failing, failing + 6000) : output.slice(-6000)}`);

    // They read the copy's content/, and it held the new posts: the line tests/unit/content/post-frontmatter.test.ts writes.
    const read = output.match(/read (\S+)\/content\/posts: the eight, and (\d+) more: (.*)/);
    assert.ok(read, `the unit tests did not say which content they read:\n${output.slice(-2000)}`);
    assert.equal(read[1], dir);
    const others = new Set(read[3]!.trim().split(' '));
    assert.equal(Number(read[2]), others.size);
    const expected = readdirSync(join(dir, 'content/posts'))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => name.replace(/\.mdx?$/, ''))
      .filter((id) => !(id in MIGRATED_POSTS));
    assert.deepEqual(others, new Set(expected));
    for (const id of [NEW_POST.slug, STARTED.slug, 'ahv-bonds-load-balancing']) assert.ok(others.has(id), `${id} was read`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
