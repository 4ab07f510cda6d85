/**
 * `npm run import -- <folder>` on a Hugo site: tests/fixtures/hugo, whose
 * cases are named in its CASES.md. Each test below is one case, by that
 * name; the posts are read back as the site reads a `.md` post.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { postSchema } from '../../../../src/collections/schemas.ts';
import { emptySite, HUGO_SITE, planOf, readPosts } from '../../../support/markdown-sites.ts';

const root = emptySite();
const plan = planOf(HUGO_SITE, root);
rmSync(root, { recursive: true });
const post = readPosts(plan);
const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

test('every post passes the site schema as written, its body parses, and no template reaches a page', () => {
  assert.equal(plan.posts.length, 8);
  for (const { source, text } of plan.posts) {
    const parsed = postSchema.safeParse(parseFrontmatter(text).frontmatter);
    assert.ok(parsed.success, `${source}: ${JSON.stringify(parsed.error?.issues)}`);
    assert.ok(!/\{\{|\{%/.test(post(source).prose), `${source}: a template in the prose`);
  }
});

test('toml-front-matter: title, the day in the page’s own zone, lastmod, summary and tags', () => {
  const { data } = post('posts/ovs-bridges-on-ahv/index.md');
  assert.equal(data.title, 'Open vSwitch bridges on an AHV host');
  assert.deepEqual([day(data.pubDate), day(data.updatedDate)], ['2019-03-04', '2019-06-01']);
  assert.equal(data.description, "br0 carries the guests and the host; virbr0 is the CVM's private link. What each bridge does, and how to look at them.");
  assert.deepEqual(data.tags, ['networking', 'ahv', 'open-vswitch']);
});

test('slug, permalinks, aliases: the slug names the file; the pattern, then the aliases, are the old URLs', () => {
  const bridges = post('posts/ovs-bridges-on-ahv/index.md');
  assert.equal(bridges.post.file, 'content/posts/ovs-bridges.md');
  assert.deepEqual(bridges.frontmatter['redirectFrom'], ['/2019/03/ovs-bridges/', '/2019/ovs-bridges/', '/2019/03/bridges-explained']);
});

test('yaml-front-matter: no slug, so the old URL comes from the title', () => {
  const failover = post('posts/bond-failover-test.md');
  assert.equal(failover.data.description, 'Pull one cable, watch the bond, put the cable back.');
  assert.equal(day(failover.data.pubDate), '2019-05-14');
  assert.deepEqual(failover.frontmatter['redirectFrom'], ['/2019/05/testing-bond-failover-without-a-maintenance-window/']);
});

test('json-front-matter, url: a JSON object as front matter; url: the old address', () => {
  const ifcfg = post('posts/ifcfg-on-the-host.md');
  assert.equal(ifcfg.data.title, 'The ifcfg files on the host');
  assert.deepEqual(ifcfg.frontmatter['redirectFrom'], ['/notes/ifcfg/']);
  assert.equal(ifcfg.data.description, 'AHV reads its interfaces from ifcfg files. There is one for the bridge, one for the bond and one per uplink.');
});

test('own-address: an old URL that is the post’s address here needs no redirect, and is not reported', () => {
  const vlan = post('posts/vlan-basics.md');
  assert.equal(vlan.frontmatter['redirectFrom'], undefined);
  assert.deepEqual(vlan.post.problems, []);
});

test('default-path, no-title: a section without a pattern keeps its folder; a title from the file name', () => {
  const mtu = post('notes/checking-mtu.md');
  assert.deepEqual(mtu.frontmatter['redirectFrom'], ['/notes/checking-mtu/']);
  assert.equal(mtu.data.title, 'Checking Mtu');
  assert.equal(day(mtu.data.pubDate), '2021-01-15');
  assert.ok(mtu.post.problems.includes('no title on the old site: named after its file ("Checking Mtu")'));
});

test('draft, publish-date: drafts that say why, with no old URLs', () => {
  for (const [source, reason] of [
    ['posts/lacp-draft.md', 'a draft on the old site (draft: true)'],
    ['posts/scheduled-upgrade.md', 'scheduled on the old site: its publishDate is still to come'],
  ] as const) {
    assert.equal(post(source).data.draft, true, source);
    assert.deepEqual(post(source).post.draftReasons, [reason]);
    assert.equal(post(source).frontmatter['redirectFrom'], undefined);
  }
});

test('page-bundle, figure: the bundle’s images beside the post; a figure with its alt text and caption', () => {
  const bridges = post('posts/ovs-bridges-on-ahv/index.md');
  assert.deepEqual(bridges.images, [
    ['./ovs-bridges/bridges.png', 'br0 and its uplinks on one host'],
    ['./ovs-bridges/uplinks.png', 'The two uplinks of br0, cabled to ports 1 and 2'],
  ]);
  assert.deepEqual(
    bridges.post.files.map((file) => file.target),
    ['content/posts/ovs-bridges/bridges.png', 'content/posts/ovs-bridges/uplinks.png'],
  );
  assert.match(
    bridges.body,
    /<figure>\n\n!\[The two uplinks[^\n]*\]\(\.\/ovs-bridges\/uplinks\.png\)\n\n<figcaption>Both uplinks, one per switch<\/figcaption>\n<\/figure>/,
  );
});

test('figure-no-alt: the placeholder alt text, and the post waits as a draft', () => {
  const cvm = post('posts/cvm-console.md');
  assert.deepEqual(cvm.images, [['./cvm-console/cvm-console.png', 'TODO: describe this image']]);
  assert.equal(cvm.data.draft, true);
});

test('highlight: a session with its marked line; a plain listing character for character', () => {
  assert.deepEqual(post('posts/ovs-bridges-on-ahv/index.md').fences, [
    { lang: 'shellsession', meta: '{2}', lines: ['[root@ahv-01 ~]# ovs-vsctl list-br', 'br0', 'br0.local'] },
  ]);
  assert.deepEqual(post('notes/checking-mtu.md').fences, [
    { lang: 'text', meta: null, lines: ['ping -M do -s 8972 10.0.0.2   ', '\tPING 10.0.0.2 (10.0.0.2) 8972(9000) bytes of data.'] },
  ]);
});

test('fence-attributes: Hugo’s fence attributes become the site’s marks, and are reported', () => {
  const failover = post('posts/bond-failover-test.md');
  assert.deepEqual(
    failover.fences.map((fence) => [fence.lang, fence.meta]),
    [
      ['text', null],
      ['bash', '{2}'],
    ],
  );
  assert.ok(failover.post.problems.includes("listing options {linenos=true,hl_lines=[2]} are not the site's: kept its marked lines, {2}"));
});

test('ref-relref, ref-missing, md-link: links to the imported posts and their headings; a page not there is text', () => {
  const links = Object.fromEntries(post('posts/bond-failover-test.md').links);
  assert.equal(links['the bridges'], '/posts/ovs-bridges/');
  assert.equal(links['bond file'], '/posts/ifcfg-on-the-host/#the-bond-file');
  assert.equal(links['options'], '/posts/ifcfg-on-the-host/#bond-options');
  assert.equal(links['MTU note'], '/posts/checking-mtu/');
  assert.equal(links['a missing page'], undefined);
  assert.match(post('posts/bond-failover-test.md').prose, /and a missing page are\s+elsewhere\./);
  assert.ok(
    post('posts/bond-failover-test.md').post.problems.includes('link to {{< ref "no-such-page" >}} is a template the import cannot resolve: kept as text'),
  );
});

test('youtube: the video’s own line', () => {
  assert.ok(post('posts/ovs-bridges-on-ahv/index.md').ownLines.includes('https://www.youtube.com/watch?v=ScMzIvxBSi4'));
});

test('other-embeds: vimeo, gist and tweet become links, reported', () => {
  const failover = post('posts/bond-failover-test.md');
  const urls = [...failover.links, ...post('notes/checking-mtu.md').links].map(([, url]) => url);
  for (const url of ['https://vimeo.com/76979871', 'https://gist.github.com/example/1a2b3c4d', 'https://twitter.com/example/status/1234567890'])
    assert.ok(urls.includes(url), url);
  assert.ok(failover.post.problems.includes("embed https://vimeo.com/76979871 is another site's: linked, not embedded"));
});

test('param: the site’s parameter', () => {
  assert.ok(post('posts/ovs-bridges-on-ahv/index.md').prose.includes("The lab's cluster is called lab-cluster-01."));
});

test('unknown-shortcode, comment-shortcode, go-template-text: shown as code; reported where the reader would have seen something else', () => {
  const failover = post('posts/bond-failover-test.md');
  for (const code of ['{{< notice warning >}}', '{{< /notice >}}', '{{< youtube ScMzIvxBSi4 >}}', '{{ .Site.Title }}'])
    assert.ok(failover.inlineCode.includes(code), code);
  assert.ok(failover.prose.includes('Never pull both cables at once.'));
  assert.ok(!failover.ownLines.some((line) => line.includes('youtube.com')), 'the shortcode shown as an example is no video');
  assert.deepEqual(
    failover.post.problems.filter((line) => /^(?:shortcode|text|link to \{\{)/.test(line)),
    [
      'link to {{< ref "no-such-page" >}} is a template the import cannot resolve: kept as text',
      'shortcode {{< notice >}} is not known here: shown as text; rewrite or remove it',
      'shortcode {{< /notice >}} is not known here: shown as text; rewrite or remove it',
      'text {{ .Site.Title }} reads like a template: shown as code',
    ],
  );
  assert.deepEqual(failover.fences[0]!.lines, ['<title>{{ .Site.Title }}</title>']);
});

test('static-files: static/ files copied, images beside the post, the rest under public/media/', () => {
  const failover = post('posts/bond-failover-test.md');
  assert.deepEqual(failover.images, [['./bond-failover-test/ahv-host.png', 'The host, its bond and the CVM']]);
  assert.ok(failover.links.some(([text, url]) => text === 'checklist' && url === '/media/bond-failover-test/bond-checklist.txt'));
  assert.deepEqual(
    failover.post.files.map((file) => file.target),
    ['content/posts/bond-failover-test/ahv-host.png', 'public/media/bond-failover-test/bond-checklist.txt'],
  );
});

test('old-site-links: pages of the old site lead there, reported', () => {
  const failover = post('posts/bond-failover-test.md');
  const links = Object.fromEntries(failover.links);
  assert.equal(links['bridges reference'], 'https://packets.example.org/docs/bridges/');
  assert.equal(links['AHV tag'], 'https://packets.example.org/tags/ahv/');
  assert.equal(links['the about page'], 'https://packets.example.org/about/');
  assert.ok(failover.post.problems.includes('link to https://packets.example.org/docs/bridges/, a page this site does not have: leads to the old site'));
});

test('pages, html-content: not imported, each with its reason', () => {
  assert.deepEqual(
    plan.skipped.map(({ source, reason }) => [source, reason]),
    [
      ['Hugo page content/posts/written-in-html.html', 'an HTML page: only Markdown is imported'],
      ['Hugo page content/about.md', 'a page, not a post: links to it lead to https://packets.example.org/about/ on the old site'],
      ['Hugo page content/docs/bridges.md', 'a page, not a post: links to it lead to https://packets.example.org/docs/bridges/ on the old site'],
    ],
  );
});
