/**
 * A rebuild must give what a cold build gives, and every page that lists a
 * post must follow an author's add, delete and retitle.
 *
 * A copy of the site is edited as an author would: part 2 of the light board
 * series added, part 4 deleted, part 3 and the Vienna notes retitled; it is
 * built (cold: a fresh copy has no caches). Then its content is put back as
 * it is in the repository, the reverse edits: part 4 added, part 2 deleted,
 * both titles changed back. It is built again, with the caches of the first
 * build (Astro's content and page caches, the compiled posts, the social
 * cards). That rebuild must list the changes everywhere (home, tags, archive,
 * series, conference, feeds, sitemap, search index), have copied the pages
 * the edits did not touch, and be byte for byte `dist/`, which
 * `npm run build:test-sites` built cold from the same sources.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { copySite } from '../../scripts/lib/site-copy.ts';
import { astroBuild } from '../support/astro-build.ts';
import { ROOT } from '../../scripts/lib/repo.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { listFiles } from '../../src/lib/files.node.ts';

/** What the rebuild adds and deletes: the reverse of the author's edits, which the first build had. */
const ADDED = { id: 'ahv-ovs-light-board-part-4', title: 'Light Board Series: AHV Open vSwitch Networking – Part 4' };
const DELETED = { id: 'ahv-ovs-light-board-part-2', title: 'Light Board Series: AHV Open vSwitch Networking – Part 2' };
/** Two retitles (rebuilt from the author's titles back to the repository's): the Vienna notes are listed by their conference, part 3 by the home page (the six latest) and its series. */
const RETITLED = [
  {
    id: 'vienna-avaya-technology-forum',
    before: 'Off to the Avaya Technology Forum in Vienna',
    after: 'Vienna Avaya Technology Forum',
    listedIn: ['archive/index.html', 'rss.xml', 'tags/avaya/index.html', 'conferences/avaya-technology-forum-vienna-2014/index.html'],
  },
  {
    id: 'ahv-ovs-light-board-part-3',
    before: 'Light Board Series: VLANs in AHV – Part 3',
    after: 'Light Board Series: AHV Open vSwitch Networking – Part 3',
    listedIn: [
      'index.html',
      'archive/index.html',
      'rss.xml',
      'tags/ahv/index.html',
      'tags/ahv/rss.xml',
      'series/ahv-ovs-light-board/index.html',
      'series/ahv-ovs-light-board/rss.xml',
      `posts/${ADDED.id}/index.html`,
    ],
  },
];

/** Files a rebuild may write differently from a cold build, and why. None so far. */
const KNOWN_TO_DIFFER: { file: RegExp; why: string }[] = [];

/** The author's edits, which the rebuild undoes. */
function authorsEdits(site: string): void {
  const part3 = readFileSync(join(site, 'content/posts/ahv-ovs-light-board-part-3.mdx'), 'utf8');
  const frontmatter = part3.slice(0, part3.indexOf('\n---\n') + 5);
  // Part 2, written from part 3's frontmatter before part 3 is retitled.
  writeFileSync(
    join(site, `content/posts/${DELETED.id}.mdx`),
    `${frontmatter
      .replace(/^title: .*$/m, `title: "${DELETED.title}"`)
      .replace(/^description: .*$/m, 'description: "Part 2 of the AHV networking series: load balancing across the bond."')
      .replace(/^pubDate: .*$/m, 'pubDate: 2016-02-09')
      .replace(/part: 3/, 'part: 2')}\nPart 2 is about load balancing across the uplinks of a bond.\n`,
  );
  rmSync(join(site, `content/posts/${ADDED.id}.mdx`));
  for (const { id, before, after } of RETITLED) {
    const file = join(site, `content/posts/${id}.mdx`);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes(`title: "${after}"`), `${id} has the title the test expects`);
    writeFileSync(file, text.replace(`title: "${after}"`, `title: "${before}"`));
  }
}

/** The repository's content again: the rebuild's edits. */
function restoreContent(site: string): void {
  rmSync(join(site, 'content'), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
}

async function build(site: string): Promise<string> {
  // The environment of the root test site, so the output can be compared with it.
  const { code, output } = await astroBuild(site, TEST_SITES.root.env);
  assert.equal(code, 0, `the build failed:\n${output.slice(-3000)}`);
  return output;
}

/** Pages the build copied from the last one instead of rendering (Astro logs them "(restored)" or "(cached)"). */
const copiedPages = (log: string) => [...log.matchAll(/(\S+\/index\.html) \((?:restored|cached)\)/g)].map((m) => m[1]!);

const files = (dir: string) =>
  listFiles(dir)
    .map((file) => relative(dir, file))
    .sort();

/** Titles in the search index, every shard's: each page's fragment (gzip, JSON after Pagefind's signature) has its title in meta. */
function indexedTitles(dist: string): string[] {
  return files(join(dist, 'pagefind'))
    .filter((name) => /(^|\/)fragment\//.test(name))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(dist, 'pagefind', name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { meta: { title: string } }).meta.title;
    });
}

describe('a rebuild after an author adds, deletes and retitles posts', () => {
  let site = '';
  let rebuilt = '';
  let cold = '';
  let copied: string[] = [];

  before(async () => {
    cold = TEST_SITES.root.dir;
    assert.ok(existsSync(join(cold, 'index.html')), `no build in ${cold}: run \`npm run build:test-sites\` first`);
    site = copySite('rebuild');
    authorsEdits(site);
    await build(site);
    restoreContent(site);
    copied = copiedPages(await build(site));
    rebuilt = join(site, 'dist');
  });

  const read = (file: string) => readFileSync(join(rebuilt, file), 'utf8');

  test('every listing shows the added post, and not the deleted one', () => {
    const listings = [
      'index.html',
      'tags/ahv/index.html',
      'archive/index.html',
      'rss.xml',
      'tags/ahv/rss.xml',
      'sitemap-0.xml',
      'series/ahv-ovs-light-board/index.html',
      'series/ahv-ovs-light-board/rss.xml',
      'posts/ahv-ovs-light-board-part-3/index.html',
    ];
    for (const file of listings) {
      const page = read(file);
      assert.ok(page.includes(`/posts/${ADDED.id}/`), `${file} links the added post`);
      assert.ok(!page.includes(`/posts/${DELETED.id}/`), `${file} no longer links the deleted post`);
    }
    assert.ok(!files(rebuilt).some((file) => file.includes(DELETED.id)), 'nothing of the deleted post is left, its card included');
  });

  test('every page that lists a retitled post shows its new title, and not the old one', () => {
    for (const { before, after, listedIn } of RETITLED) {
      for (const file of listedIn) {
        const page = read(file);
        assert.ok(page.includes(after), `${file} has the new title "${after}"`);
        assert.ok(!page.includes(before), `${file} has lost the old title "${before}"`);
      }
    }
  });

  test('the search index has the added post and the new title, and not the deleted post', () => {
    const titles = indexedTitles(rebuilt);
    assert.ok(titles.includes(ADDED.title), 'the added post is searchable');
    for (const { before, after } of RETITLED) assert.ok(titles.includes(after) && !titles.includes(before), `the retitled post is found as "${after}"`);
    assert.ok(!titles.includes(DELETED.title), 'the deleted post is not');
  });

  test('the rebuild copied the post pages the edits did not touch, and rendered the others', () => {
    // By date: Vienna, .NEXT, networking, best practices, part 1, (part 2), part 3, (part 4), All Things Open.
    // The two in the middle show nothing that changed; the rest have a retitled post, or another neighbour.
    for (const id of ['networking-exploration-nutanix-ahv', 'nutanix-ahv-best-practices-guide'])
      assert.ok(copied.includes(`/posts/${id}/index.html`), `${id} was copied`);
    for (const id of [
      RETITLED[0]!.id,
      'nutanix-next-acropolis-kvm',
      'ahv-ovs-light-board-part-1',
      ADDED.id,
      'ahv-ovs-light-board-part-3',
      'all-things-open-2018',
    ]) {
      assert.ok(!copied.includes(`/posts/${id}/index.html`), `${id} was rendered`);
    }
  });

  test('the rebuilt tree is byte for byte what a cold build of the same sources wrote (dist/)', () => {
    const ignored = (file: string) => KNOWN_TO_DIFFER.some(({ file: pattern }) => pattern.test(file));
    const [rebuiltFiles, coldFiles] = [files(rebuilt), files(cold)];
    assert.deepEqual(rebuiltFiles, coldFiles, 'the same files');
    const different = rebuiltFiles.filter((file) => !ignored(file) && !readFileSync(join(rebuilt, file)).equals(readFileSync(join(cold, file))));
    assert.deepEqual(different, [], 'the same bytes');
  });
});
