/**
 * `npm run import -- <folder>` on a Jekyll site: tests/fixtures/jekyll,
 * whose cases are named in its CASES.md. Each test below is one case, by
 * that name. The posts are read back the way the site reads a `.md` post:
 * frontmatter through the site's own schema, bodies as CommonMark with GFM.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { postSchema } from '../../../../src/collections/schemas.ts';
import { writtenDate } from '../../../../src/importers/markdown-site/dates.ts';
import { importReport } from '../../../../src/importers/import-report.ts';
import { emptySite, JEKYLL_SITE, planOf, readPosts } from '../../../support/markdown-sites.ts';

const root = emptySite();
const plan = planOf(JEKYLL_SITE, root);
rmSync(root, { recursive: true });
const post = readPosts(plan);
const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

test('every post passes the site schema as written, its body parses, and no template reaches a page', () => {
  assert.equal(plan.posts.length, 9);
  for (const { source, text, file } of plan.posts) {
    assert.match(file, /^content\/posts\/[a-z0-9-]+\.md$/);
    const parsed = postSchema.safeParse(parseFrontmatter(text).frontmatter);
    assert.ok(parsed.success, `${source}: ${JSON.stringify(parsed.error?.issues)}`);
    const prose = post(source).prose;
    assert.ok(!/\{\{|\{%/.test(prose), `${source}: a template in the prose: ${prose}`);
  }
});

test('front-matter: title, description and tags, registry spellings reused and new tags added with labels', () => {
  const { data } = post('2016-02-02-ahv-bond-modes.md');
  assert.equal(data.title, 'Bond modes on an AHV host: active-backup first');
  assert.equal(data.description, "Why I leave br0-up in active-backup until the switch side is ready, and how to read the bond's state.");
  assert.deepEqual(data.tags, ['networking', 'ahv', 'open-vswitch', 'bonds']);
  assert.deepEqual(
    plan.newTags.find((tag) => tag.id === 'bonds'),
    { id: 'bonds', label: 'Bonds', description: 'Posts about Bonds, from the Jekyll blog.' },
  );
});

test('date-zone, updated-date: the day as the post wrote it, in its own zone', () => {
  const { data } = post('2016-02-02-ahv-bond-modes.md');
  assert.equal(day(data.pubDate), '2016-02-02');
  assert.equal(day(data.updatedDate), '2016-04-11');
  assert.equal(writtenDate('2016-02-02 23:40:00 -0800')!.day, '2016-02-02');
  assert.throws(() => writtenDate('2016-02-30'), /is not a date/);
});

test('permalink-preset, redirect-from: the old address from `permalink: date`, then redirect_from', () => {
  assert.deepEqual(post('2016-02-02-ahv-bond-modes.md').frontmatter['redirectFrom'], ['/networking/2016/02/02/ahv-bond-modes.html', '/bond-modes/']);
});

test('permalink-post: a post’s own permalink, with its placeholders', () => {
  assert.deepEqual(post('2016-03-10-ifcfg-files.md').frontmatter['redirectFrom'], ['/notes/ifcfg-files/']);
});

test('tags-as-words: one category, two tags from a string of words', () => {
  assert.deepEqual(post('2016-03-10-ifcfg-files.md').data.tags, ['linux-hosts', 'ifcfg', 'networking']);
});

test('description-first-sentences: the first two sentences, within 160 characters', () => {
  assert.equal(
    post('2016-03-10-ifcfg-files.md').data.description,
    'AHV keeps its network in the classic ifcfg files under /etc/sysconfig/network-scripts. Each bridge, each bond and each interface has one.',
  );
});

test('folder-category: a folder above _posts/ is a category, in the tags and the old address', () => {
  const mtu = post('networking/_posts/2019-09-30-ovs-bridge-mtu.md');
  assert.deepEqual(mtu.data.tags, ['networking', 'mtu']);
  assert.deepEqual(mtu.frontmatter['redirectFrom'], ['/networking/2019/09/30/ovs-bridge-mtu.html']);
});

test('no-title, defaults: named after its file and reported; a guest author from the config’s defaults', () => {
  const mtu = post('2019-09-30-ovs-bridge-mtu.md');
  assert.equal(mtu.data.title, 'Ovs Bridge Mtu');
  assert.ok(mtu.post.problems.includes('no title on the old site: named after its file ("Ovs Bridge Mtu")'));
  assert.equal(mtu.data.author, 'Sam Guest');
});

test('excerpt-separator: the text before <!--more--> is the description, and the marker is gone', () => {
  const flows = post('2017-05-20-ovs-flow-tables.md');
  assert.equal(
    flows.data.description,
    'The flow table is where Open vSwitch decides what happens to a frame. This post is the light board episode about it, with the commands from the video.',
  );
  assert.ok(!flows.body.includes('<!--'));
});

test('published-false: a draft that says why, with no old URLs; a link to it leads to the old site', () => {
  const lacp = post('2018-01-15-lacp-first-look.md');
  assert.equal(lacp.data.draft, true);
  assert.deepEqual(lacp.post.draftReasons, ['not published on the old site (published: false)']);
  assert.equal(lacp.frontmatter['redirectFrom'], undefined);
  const flows = post('2017-05-20-ovs-flow-tables.md');
  assert.ok(flows.links.some(([text, url]) => text === 'LACP notes' && url === 'https://notes.example.net/lab/2018/01/15/lacp-first-look.html'));
  assert.ok(
    flows.post.problems.includes(
      'link to https://notes.example.net/lab/2018/01/15/lacp-first-look.html, a post that comes across as a draft: leads to the old site',
    ),
  );
});

test('future-date, drafts-folder: drafts, with their reasons', () => {
  const future = post('2099-01-01-ten-years-of-lab-notes.md');
  assert.equal(future.data.draft, true);
  assert.equal(day(future.data.pubDate), '2099-01-01');
  assert.deepEqual(future.post.draftReasons, ['dated in the future: the old site had not published it']);
  const draft = post('_drafts/trunk-port-checklist.md');
  assert.equal(draft.data.draft, true);
  assert.deepEqual(draft.post.draftReasons, ['a draft on the old site (in _drafts/)']);
  assert.equal(day(draft.data.pubDate), '2019-11-02');
});

test('html-post, undated-file, pages: not imported, each with its reason', () => {
  const reasons = Object.fromEntries(plan.skipped.map(({ source, reason }) => [source, reason]));
  assert.deepEqual(reasons, {
    'Jekyll post _posts/2016-05-05-hand-written-html.html': 'an HTML post: only Markdown posts are imported',
    'Jekyll post _posts/notes-without-a-date.md': 'its name has no date (YYYY-MM-DD-title.md): Jekyll never published it',
    'Jekyll page about.md': 'a page, not a post: links to it lead to https://notes.example.net/lab/about/ on the old site',
    'Jekyll page docs/ovs-cheatsheet.md': 'a page, not a post: links to it lead to https://notes.example.net/lab/docs/ovs-cheatsheet.html on the old site',
  });
});

test('highlight: a listing that opens with a prompt is a session, every character kept; line numbers dropped', () => {
  const [session, ini] = post('2016-02-02-ahv-bond-modes.md').fences;
  assert.equal(session!.lang, 'shellsession');
  assert.deepEqual(session!.lines, [
    '[root@ahv-01 ~]# ovs-appctl bond/show br0-up',
    '---- br0-up ----',
    'bond_mode: active-backup',
    'active slave mac: 0c:c4:7a:11:22:33(eth2)',
    '',
    'slave eth2: enabled',
    '\tactive slave',
    'slave eth3: enabled',
  ]);
  assert.deepEqual([ini!.lang, ini!.meta, ini!.lines.length], ['ini', null, 5]);
});

test('highlight-marks: marked lines become the site’s marks; trailing blanks and tabs kept', () => {
  const [bash] = post('2016-03-10-ifcfg-files.md').fences;
  assert.deepEqual([bash!.lang, bash!.meta], ['bash', '{2,3}']);
  assert.equal(bash!.lines[1], 'ls ifcfg-*   ');
  assert.equal(bash!.lines[3], '\t# a tab-indented comment stays as it is');
});

test('raw: inline, it is inline code; on lines of its own, a listing', () => {
  const ifcfg = post('2016-03-10-ifcfg-files.md');
  assert.ok(ifcfg.inlineCode.includes('{{ inventory_hostname }}'));
  assert.deepEqual(ifcfg.fences[1], { lang: 'liquid', meta: null, lines: ['DEVICE={{ bond_name }}', 'BOND_IFACES="{{ uplinks | join(\' \') }}"'] });
});

test('post-url, link-tag: links to the imported posts, the base path not doubled', () => {
  assert.ok(post('2016-02-02-ahv-bond-modes.md').links.some(([text, url]) => text === 'ifcfg files' && url === '/posts/ifcfg-files/'));
  assert.ok(post('2016-03-10-ifcfg-files.md').links.some(([text, url]) => text === 'the bond modes' && url === '/posts/ahv-bond-modes/'));
});

test('baseurl-url, image-relative: the old site’s files copied beside the post, with their alt text', () => {
  const bonds = post('2016-02-02-ahv-bond-modes.md');
  assert.deepEqual(bonds.images, [['./ahv-bond-modes/bond-active-backup.png', 'Active-backup: eth2 carries the traffic, eth3 waits']]);
  assert.deepEqual(
    bonds.post.files.map((file) => [file.from.slice(JEKYLL_SITE.length + 1), file.target]),
    [['assets/images/bond-active-backup.png', 'content/posts/ahv-bond-modes/bond-active-backup.png']],
  );
  assert.deepEqual(post('2016-03-10-ifcfg-files.md').images, [['./ifcfg-files/ifcfg-layout.png', 'Which ifcfg file describes which part of the host']]);
  assert.deepEqual(
    post('2019-09-30-ovs-bridge-mtu.md').post.files.map((file) => file.target),
    ['content/posts/ovs-bridge-mtu/mtu-path.png'],
  );
});

test('youtube-include: each video a line of its own, alone in its paragraph', () => {
  const lines = post('2017-05-20-ovs-flow-tables.md').ownLines;
  assert.ok(lines.includes('https://www.youtube.com/watch?v=aqz-KE-bpKQ'));
  assert.ok(lines.includes('https://www.youtube.com/watch?v=M7lc1UVf-VE'));
  assert.deepEqual(post('2017-05-20-ovs-flow-tables.md').post.body.youtube, ['aqz-KE-bpKQ', 'M7lc1UVf-VE']);
  assert.ok(!/include (?:youtube|video)/.test(post('2017-05-20-ovs-flow-tables.md').body));
});

test('unknown-liquid: shown as inline code and reported; page variables resolved', () => {
  const flows = post('2017-05-20-ovs-flow-tables.md');
  assert.ok(flows.inlineCode.includes('{% include toc.html %}'));
  assert.ok(flows.inlineCode.includes('{{ site.data.episodes.flow-table }}'));
  assert.ok(flows.prose.includes('The short version, for Looking at the OVS flow table on AHV:'));
  for (const line of [
    'Liquid tag {% include toc.html %} is not known here: shown as text; rewrite or remove it',
    'Liquid output {{ site.data.episodes.flow-table }} is not known here: shown as text; rewrite or remove it',
  ])
    assert.ok(flows.post.problems.includes(line), line);
});

test('gist: a link to it, reported as another site’s', () => {
  const flows = post('2017-05-20-ovs-flow-tables.md');
  assert.ok(flows.links.some(([, url]) => url === 'https://gist.github.com/example/5b1e0d3c'));
  assert.ok(flows.post.problems.includes("embed https://gist.github.com/example/5b1e0d3c is another site's: linked, not embedded"));
});

test('old-site-links: pages this site lacks lead to the old site, and are reported', () => {
  assert.ok(post('2016-02-02-ahv-bond-modes.md').links.some(([text, url]) => text === 'about page' && url === 'https://notes.example.net/lab/about/'));
  const flows = post('2017-05-20-ovs-flow-tables.md');
  assert.ok(flows.links.some(([text, url]) => text === 'networking category' && url === 'https://notes.example.net/lab/networking/'));
  assert.ok(flows.post.problems.includes('link to https://notes.example.net/lab/networking/, a page this site does not have: leads to the old site'));
  assert.ok(
    post('2019-09-30-ovs-bridge-mtu.md').links.some(
      ([text, url]) => text === 'cheat sheet' && url === 'https://notes.example.net/lab/docs/ovs-cheatsheet.html',
    ),
  );
});

test('file-link: a file copied under public/media/ and linked there; one the folder lacks leads to the old site’s copy', () => {
  const flows = post('2017-05-20-ovs-flow-tables.md');
  assert.ok(flows.links.some(([text, url]) => text === 'checklist I print' && url === '/media/ovs-flow-tables/bond-checklist.pdf'));
  assert.deepEqual(
    flows.post.files.map((file) => file.target),
    ['public/media/ovs-flow-tables/bond-checklist.pdf'],
  );
  assert.ok(flows.links.some(([text, url]) => text === 'one I lost' && url === 'https://notes.example.net/lab/assets/files/lost-notes.pdf'));
  assert.ok(
    flows.post.problems.includes("https://notes.example.net/lab/assets/files/lost-notes.pdf: not in the site folder; the link leads to the old site's copy"),
  );
});

test('image-remote, image-missing: never hotlinked; a note names the file, and the report lists it', () => {
  const sessions = post('2018-07-01-reading-shell-sessions.md');
  assert.deepEqual(sessions.images, []);
  assert.match(sessions.body, /Image not carried over: `switch\.png`\. It showed: A switch on another site/);
  assert.match(sessions.body, /Image not carried over: `gone\.png`\./);
  assert.deepEqual(sessions.post.body.missingMedia, [
    { url: 'https://images.example.com/switch.png', reason: 'on another site (never hotlinked)' },
    { url: '/assets/images/gone.png', reason: 'not in the site folder' },
  ]);
});

test('image-no-alt: the placeholder alt text, and the post waits as a draft; links to it lead to the old site', () => {
  const vlan = post('2019-04-12-vlan-trunks-on-bond0.md');
  assert.deepEqual(vlan.images, [['./vlan-trunks-on-bond0/vlan-trunk-ports.png', 'TODO: describe this image']]);
  assert.equal(vlan.data.draft, true);
  assert.deepEqual(vlan.post.draftReasons, ['images without alt text: describe them (alt is "TODO: describe this image"), then publish']);
  assert.ok(
    post('2018-07-01-reading-shell-sessions.md').links.some(
      ([text, url]) => text === 'in the VLAN post' && url === 'https://notes.example.net/lab/2019/04/12/vlan-trunks-on-bond0.html',
    ),
  );
});

test('existing-fences: sessions found by their prompt, known languages kept, an unknown one plain text and reported', () => {
  const sessions = post('2018-07-01-reading-shell-sessions.md');
  assert.deepEqual(
    sessions.fences.map((fence) => fence.lang),
    ['shellsession', 'shellsession', 'toml', 'text'],
  );
  assert.ok(sessions.post.problems.includes('listing language "ahvconf" is not known here: shown as plain text'));
});

test('kramdown: the table of contents, heading ids and attribute lists gone; a dead anchor is text', () => {
  const sessions = post('2018-07-01-reading-shell-sessions.md');
  assert.ok(!/\{:|\{#|\* TOC/.test(sessions.body));
  assert.deepEqual(sessions.nodes('list'), []);
  assert.ok(sessions.links.some(([text, url]) => text === 'the bond check' && url === '#bond-check'));
  assert.ok(sessions.prose.includes('and a heading that is not there.'));
  assert.ok(!sessions.links.some(([, url]) => url === '#nowhere'));
  for (const line of [
    "kramdown's table of contents ({:toc}) dropped: the site's posts have none",
    "kramdown's {: .note} is not Markdown the site reads: dropped",
    'link to #nowhere leads to no heading of the post: kept as text',
  ])
    assert.ok(sessions.post.problems.includes(line), line);
});

test('iframes: YouTube’s is the video’s line, any other a link; no frame left', () => {
  const sessions = post('2018-07-01-reading-shell-sessions.md');
  assert.ok(sessions.ownLines.includes('https://www.youtube.com/watch?v=ScMzIvxBSi4'));
  assert.ok(sessions.links.some(([, url]) => url === 'https://player.vimeo.com/video/76979871'));
  assert.ok(!sessions.body.includes('<iframe'));
});

test('the report: grouped by post, and a summary line', () => {
  const report = importReport(plan, undefined, { dryRun: true });
  assert.match(
    report,
    /^## content\/posts\/vlan-trunks-on-bond0\.md: draft, would be written\n"VLAN trunks on bond0" \(Jekyll post _posts\/2019-04-12-vlan-trunks-on-bond0\.md\)\n- draft: images without alt text/m,
  );
  assert.match(report, /\n9 posts: 5 published, 4 drafts to finish \(4 skipped\); 5 media from the site folder, 3 missing\. \(dry run: nothing written\)$/);
});
