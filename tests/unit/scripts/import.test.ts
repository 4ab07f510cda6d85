/**
 * `npm run import` (scripts/import.ts) as an author runs it. On the Jekyll
 * and Hugo test sites: a site's root, its `_posts/` or `content/` folder; a
 * second run that changes nothing; an edited post kept; wrong arguments
 * (exit code 2) and bad data (exit code 1) that write nothing; two blogs
 * brought into one site, and into a site that has posts. On the WordPress
 * test export: the media downloaded from the old site, wrong arguments and
 * bad data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../../scripts/lib/repo.ts';
import { emptySite, HUGO_SITE, importMarkdownFixtureSites, JEKYLL_SITE, planOf, readPosts, runImport, snapshot } from '../../support/markdown-sites.ts';
import { migratedContentCopy } from '../../support/posts.ts';
import { expectWrongArguments } from '../../support/import-command.ts';
import { startMediaServer } from '../../support/media-server.ts';

const posts = (root: string) =>
  readdirSync(join(root, 'content/posts'))
    .filter((name) => name.endsWith('.md'))
    .sort();

/** A Jekyll site of its own, in a temporary folder: `_config.yml`, and posts by file name. */
function jekyllSite(config: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jekyll-site-'));
  writeFileSync(join(dir, '_config.yml'), config);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('a Jekyll site: written with its files and tags, the report at the end; a second run changes nothing; an edit is kept', async () => {
  const root = emptySite();
  try {
    const dry = await runImport(root, JEKYLL_SITE, '--dry-run');
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /\(dry run: nothing written\)/);
    assert.deepEqual(posts(root), []);

    const first = await runImport(root, JEKYLL_SITE);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^# Import report\n/);
    assert.match(first.stdout, /Files: 9 posts written, 0 unchanged, 0 kept; 5 media files copied into the site\./);
    assert.match(
      first.stdout,
      /\n9 posts: 5 published, 4 drafts to finish \(4 skipped\); 5 media from the site folder, 3 missing\.\n.*jekyll: a Jekyll site, 9 posts in [\d.]+ s\.\n$/,
    );
    assert.equal(posts(root).length, 9);
    assert.ok(existsSync(join(root, 'content/posts/ahv-bond-modes/bond-active-backup.png')));
    assert.ok(existsSync(join(root, 'public/media/ovs-flow-tables/bond-checklist.pdf')));
    assert.match(readFileSync(join(root, 'content/tags.yaml'), 'utf8'), /- id: bonds\n {2}label: "Bonds"/);
    const afterFirst = snapshot(root);

    const second = await runImport(root, JEKYLL_SITE);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /Files: 0 posts written, 9 unchanged, 0 kept; 0 media files copied/);
    assert.match(second.stdout, /Tags: none new\./);
    assert.deepEqual(snapshot(root), afterFirst);

    const edited = join(root, 'content/posts/ifcfg-files.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nAn edit of the author's.\n`);
    const kept = await runImport(root, JEKYLL_SITE);
    assert.match(kept.stdout, /## content\/posts\/ifcfg-files\.md: published, exists and differs: kept as it is \(--force overwrites it\)/);
    assert.match(readFileSync(edited, 'utf8'), /An edit of the author's/);
    const forced = await runImport(root, JEKYLL_SITE, '--force');
    assert.match(forced.stdout, /Files: 1 posts written, 8 unchanged/);
    assert.doesNotMatch(readFileSync(edited, 'utf8'), /An edit of the author's/);
    // The author took out the line that names where the post came from: its old address still says which post it is.
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^# Imported from .*\n/m, ''));
    const unnamed = await runImport(root, JEKYLL_SITE);
    assert.match(unnamed.stdout, /Files: 0 posts written, 8 unchanged, 1 kept/);
    assert.equal(posts(root).length, 9);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('_posts/ directly, or a category’s: the same site, the same posts', async () => {
  const [fromRoot, fromPosts, fromCategory] = [emptySite(), emptySite(), emptySite()];
  try {
    assert.equal((await runImport(fromRoot, JEKYLL_SITE)).status, 0);
    const run = await runImport(fromPosts, join(JEKYLL_SITE, '_posts'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /_posts: a Jekyll site, 9 posts/);
    assert.deepEqual(snapshot(fromPosts), snapshot(fromRoot));
    assert.equal((await runImport(fromCategory, join(JEKYLL_SITE, 'networking/_posts'))).status, 0);
    assert.deepEqual(snapshot(fromCategory), snapshot(fromRoot));
  } finally {
    for (const root of [fromRoot, fromPosts, fromCategory]) rmSync(root, { recursive: true, force: true });
  }
});

test('a Hugo site, and its content/ folder directly: the same posts; a second run changes nothing', async () => {
  const [fromRoot, fromContent] = [emptySite(), emptySite()];
  try {
    const first = await runImport(fromRoot, HUGO_SITE);
    assert.equal(first.status, 0, first.stderr);
    assert.match(
      first.stdout,
      /\n8 posts: 5 published, 3 drafts to finish \(3 skipped\); 5 media from the site folder, 0 missing\.\n.*hugo: a Hugo site, 8 posts/,
    );
    const run = await runImport(fromContent, join(HUGO_SITE, 'content'));
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(snapshot(fromContent), snapshot(fromRoot));
    const again = await runImport(fromRoot, HUGO_SITE);
    assert.match(again.stdout, /Files: 0 posts written, 8 unchanged, 0 kept; 0 media files copied/);
    assert.deepEqual(snapshot(fromRoot), snapshot(fromContent));
  } finally {
    for (const root of [fromRoot, fromContent]) rmSync(root, { recursive: true, force: true });
  }
});

test('a wrong argument: one line naming it, exit code 2, nothing written', async () => {
  const root = emptySite();
  try {
    await expectWrongArguments(root, [
      [
        [join(ROOT, 'tests/fixtures/listings')],
        /^import: .*listings is a folder, but not a Jekyll site \(no _config\.yml or _posts\/\) nor a Hugo site \(no hugo\.toml, config\.toml or content\/\); expected a WordPress export .*, or the folder of a Jekyll or Hugo site\. Nothing was written\.\n$/,
      ],
      [
        [JEKYLL_SITE, '--uploads', JEKYLL_SITE],
        /^import: --uploads is for a WordPress export; .*jekyll is a folder, whose files are on disk\. Nothing was written\.\n$/,
      ],
      [[HUGO_SITE, '--no-download'], /^import: --no-download is for a WordPress export;/],
      [[root], /^import: .* is this site's own folder; expected the folder of a Jekyll or Hugo site\. Nothing was written\.\n$/],
      [[join(root, 'content')], /is this site's own folder/],
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('bad data in a site: the file named, exit code 1, nothing written', async () => {
  const root = emptySite();
  const site = jekyllSite('url: https://old.example.org\n', {
    '_posts/2016-02-01-fine.md': '---\ntitle: Fine\n---\n\nA post.\n',
    '_posts/2016-02-30-leap.md': '---\ntitle: The thirtieth of February\n---\n\nNo such day.\n',
  });
  try {
    const before = snapshot(root);
    const run = await runImport(root, site);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^import: _posts\/2016-02-30-leap\.md: the date in its name "2016-02-30" is not a date\. Nothing was written\.\n$/);
    assert.deepEqual(snapshot(root), before);
    writeFileSync(join(site, '_posts/2016-02-30-leap.md'), '---\ntitle: [unclosed\n---\n');
    assert.match((await runImport(root, site)).stderr, /^import: _posts\/2016-02-30-leap\.md: its YAML front matter cannot be read/);
  } finally {
    for (const dir of [root, site]) rmSync(dir, { recursive: true, force: true });
  }
});

test('no url in _config.yml: links to the old site’s pages keep their text, and the report says why', () => {
  const site = jekyllSite('title: No address\n', {
    '_posts/2016-02-01-bonds.md': '---\ntitle: Bonds\n---\n\nSee [the about page](/about/), and {{ "a brace {{ left open" }} stays text: {{ unclosed.\n',
  });
  try {
    const post = readPosts(planOf(site))('2016-02-01-bonds.md');
    assert.deepEqual(post.links, []);
    assert.ok(post.prose.startsWith('See the about page, and'));
    assert.ok(
      post.post.problems.includes("link to /about/, a page this site does not have: kept as text (the old site's address is not set: url in _config.yml)"),
    );
    // A brace left open is no template: escaped, so nothing reads it as one.
    assert.match(post.body, /a brace \\\{\\\{ left open stays text: \\\{\\\{ unclosed\.\n$/);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('two blogs into a copy of the site, which has posts of its own: no slug or old URL taken twice, every tag registered', async () => {
  // The site copy a build test of the imported posts starts from (importMarkdownFixtureSites), with one more post of
  // the site's own: it has the slug and an old URL a Jekyll post would take.
  // The eight migrated posts, not whatever else content/ holds (a copy with imports already in it, in a build test).
  const root = migratedContentCopy();
  writeFileSync(
    join(root, 'content/posts/ahv-bond-modes.mdx'),
    '---\ntitle: Mine\ndescription: My own post.\npubDate: 2020-01-01\nredirectFrom:\n  - "/bond-modes/"\n---\n\nMine.\n',
  );
  const own = posts(root).length;
  try {
    await importMarkdownFixtureSites(root);
    const written = posts(root);
    assert.equal(written.length, own + 9 + 8);
    assert.ok(written.includes('ahv-bond-modes-2.md'));
    assert.doesNotMatch(readFileSync(join(root, 'content/posts/ahv-bond-modes-2.md'), 'utf8'), /"\/bond-modes\/"/);
    assert.match(readFileSync(join(root, 'content/posts/ahv-bond-modes.mdx'), 'utf8'), /Mine\./);
    assert.ok(
      planOf(JEKYLL_SITE, root)
        .posts.find((p) => p.slug === 'ahv-bond-modes-2')!
        .problems.includes('old URL /bond-modes/ not kept: another post has it'),
    );
    // Every tag a post names is in the registry: the build's cross-entry rule.
    const registry = new Set((parseYaml(readFileSync(join(root, 'content/tags.yaml'), 'utf8')) as Array<{ id: string }>).map((tag) => tag.id));
    for (const name of written) {
      const tags = (parseFrontmatter(readFileSync(join(root, 'content/posts', name), 'utf8')).frontmatter['tags'] as string[] | undefined) ?? [];
      for (const tag of tags) assert.ok(registry.has(tag), `${name}: ${tag}`);
    }
    // Again: each import finds the posts it wrote and leaves them as they are.
    const before = snapshot(root);
    await importMarkdownFixtureSites(root);
    assert.deepEqual(snapshot(root), before);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

const FIXTURE = join(ROOT, 'tests/fixtures/wordpress');
const EXPORT = join(FIXTURE, 'export.xml');
const UPLOADS = join(FIXTURE, 'uploads');

// ---------------------------------------------------------------- the command

test('the command downloads the media from the old site, writes posts, media and tags; a second run downloads and changes nothing', async () => {
  const root = emptySite();
  // The old site: the fixture's uploads, one file slow, one moved (a redirect), one busy at first; what it lacks is a 404.
  const server = await startMediaServer(UPLOADS, {
    slow: { '2017/05/rack-back.png': 300 },
    redirect: { '2017/05/lab-cover.png': '/wp-content/uploads/2016/02/acropolis_default_vlan.png' },
    failFirst: { '2017/05/switch-ports.png': 1 },
  });
  try {
    const dry = await runImport(root, EXPORT, '--media-from', server.origin, '--dry-run');
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /dry run: nothing written/);
    assert.deepEqual(readdirSync(join(root, 'content/posts')), []);

    const first = await runImport(root, EXPORT, '--media-from', server.origin);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /\[import\] media downloaded \d+\/\d+/, 'a progress line');
    assert.match(first.stdout, /Files: 33 posts written, 0 unchanged, 0 kept; \d+ media files copied into the site/);
    // The summary: what was published, what waits, and the media (the dry run downloaded them into the cache already).
    assert.match(first.stdout, /\n33 posts: 26 published, 7 drafts to finish \(2 skipped\); 0 media downloaded, 23 already downloaded, 3 missing\.$/m);
    assert.ok(
      server.requests.some((path) => path.endsWith('2016/02/acropolis_default_vlan.png')),
      'the redirect was followed',
    );
    assert.deepEqual(
      readFileSync(join(root, 'content/posts/rebuilding-home-lab-pictures/lab-cover.png')),
      readFileSync(join(UPLOADS, '2016/02/acropolis_default_vlan.png')),
    );
    assert.ok(existsSync(join(root, 'content/posts/bond-modes-in-pictures/bond-active-backup.png')));
    assert.ok(existsSync(join(root, 'public/media/rebuilding-home-lab-pictures/bond-failover-demo.mp4')));
    assert.match(readFileSync(join(root, 'content/tags.yaml'), 'utf8'), /- id: prism-central\n {2}label: "Prism Central"/);
    const afterFirst = snapshot(root);

    const asked = server.requests.length;
    const second = await runImport(root, EXPORT, '--media-from', server.origin);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /Files: 0 posts written, 33 unchanged, 0 kept; 0 media files copied/);
    // The files the old site does not have are asked again (they may be back); nothing it has is.
    const again = server.requests.slice(asked);
    assert.ok(
      again.every((path) => !existsSync(join(UPLOADS, path.replace('/wp-content/uploads/', '')))),
      again.join(', '),
    );
    assert.deepEqual(snapshot(root), afterFirst);

    const edited = join(root, 'content/posts/ahv-bonds-load-balancing.mdx');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nAn edit of the author's.\n`);
    const kept = await runImport(root, EXPORT, '--no-download');
    assert.match(kept.stdout, /1 kept/);
    assert.match(readFileSync(edited, 'utf8'), /An edit of the author's/);
    const forced = await runImport(root, EXPORT, '--no-download', '--force');
    assert.match(forced.stdout, /Files: 1 posts written/);
    assert.doesNotMatch(readFileSync(edited, 'utf8'), /An edit of the author's/);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a wrong argument: one line naming it, exit code 2, nothing written', async () => {
  const root = emptySite();
  try {
    await expectWrongArguments(root, [
      [
        [join(FIXTURE, 'uploads')],
        /^import: .*uploads is a folder, but not a Jekyll site \(no _config\.yml or _posts\/\) nor a Hugo site .*; expected a WordPress export \(the \.xml file of Tools → Export\), or the folder of a Jekyll or Hugo site\. Nothing was written\.\n$/,
      ],
      [[join(FIXTURE, 'no-such-export.xml')], /^import: .*no-such-export\.xml: no such file; expected a WordPress export .*\n$/],
      [[join(FIXTURE, 'bad', 'not-xml.txt')], /^import: .*not-xml\.txt: this is not XML, and so not a WordPress export \(WXR\)\. Nothing was written\.\n$/],
      [[join(FIXTURE, 'bad', 'not-wxr.xml')], /^import: .*not a WordPress export.*\n$/],
      [[join(FIXTURE, 'bad', 'truncated.xml')], /^import: .*not well-formed XML \(line \d+.*\n$/],
      [[EXPORT, '--uploads', join(FIXTURE, 'export.xml')], /^import: --uploads .*: not a folder\. Nothing was written\.\n$/],
      [[EXPORT, '--media-from', 'old site'], /^import: --media-from old site: not an address/],
      [[], /^import: usage: npm run import -- <export\.xml>/],
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('bad data inside an export: an impossible date names its item, exit code 1, and content/ untouched', async () => {
  const root = emptySite();
  try {
    const before = snapshot(root);
    const run = await runImport(root, join(FIXTURE, 'bad', 'impossible-date.xml'), '--no-download');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /item 545 \("The Thirtieth of February"\): wp:post_date "2016-02-30 10:00:00" is not a date/);
    assert.match(run.stderr, /Nothing was written/);
    assert.deepEqual(snapshot(root), before);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
