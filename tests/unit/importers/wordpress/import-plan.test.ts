/**
 * The WordPress import (src/importers/wordpress/import-plan.node.ts) on the
 * test export: tests/fixtures/wordpress/export.xml, whose items name the
 * cases they cover (CASES.md). Each test below is one case, by that name.
 * The posts are read back the way the site reads them: frontmatter through
 * the site's own schema, bodies parsed as MDX. The command itself, `npm run
 * import`, is tests/unit/scripts/import.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Code, Heading, List, Root, Table } from 'mdast';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { ROOT } from '../../../../scripts/lib/repo.ts';
import { migratedTagRegistry } from '../../../support/posts.ts';
import { importWordPress, planImport, prepareImport, type WordPressPost } from '../../../../src/importers/wordpress/import-plan.node.ts';
import { parseWxr } from '../../../../src/importers/wordpress/wxr.ts';
import { postSchema } from '../../../../src/collections/schemas.ts';
import { countedOnce, importReport, summaryLine } from '../../../../src/importers/import-report.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/wordpress');
const EXPORT = join(FIXTURE, 'export.xml');
const UPLOADS = join(FIXTURE, 'uploads');

/**
 * A site root with no posts, to import into, and the real tag registry as the eight migrated posts use it:
 * which tags the import finds new depends on it, and the author's own posts (or an import) add to the real one.
 */
function emptySite(): string {
  const root = mkdtempSync(join(tmpdir(), 'wp-import-'));
  mkdirSync(join(root, 'content/posts'), { recursive: true });
  writeFileSync(join(root, 'content/tags.yaml'), migratedTagRegistry());
  return root;
}

const planRoot = emptySite();
const plan = await importWordPress(parseWxr(readFileSync(EXPORT, 'utf8')), {
  root: planRoot,
  uploadsDir: UPLOADS,
  mediaFrom: undefined,
  download: false,
  cacheDir: join(planRoot, '.import-cache'),
});
rmSync(planRoot, { recursive: true });

function post(id: number): WordPressPost {
  const found = plan.posts.find((p) => p.item.id === id);
  assert.ok(found, `post ${id} was imported`);
  return found;
}
const frontmatterOf = (id: number) => parseFrontmatter(post(id).text).frontmatter;
const dataOf = (id: number) => postSchema.parse(frontmatterOf(id));
function treeOf(id: number): Root {
  return fromMarkdown(parseFrontmatter(post(id).text).content, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}
function nodesOf<T extends { type: string }>(id: number, type: T['type']): T[] {
  const found: T[] = [];
  visit(treeOf(id), type, (node) => void found.push(node as T));
  return found;
}
const fences = (id: number) => nodesOf<Code>(id, 'code').map((code) => ({ lang: code.lang, lines: code.value.split('\n') }));
const bodyOf = (id: number) => parseFrontmatter(post(id).text).content;
/** The body without its listings. */
const proseOf = (id: number) => bodyOf(id).replace(/^```[\s\S]*?^```/gm, '');

test('every imported post passes the site schema as written, and its body parses as MDX', () => {
  assert.equal(plan.failed.length, 0, JSON.stringify(plan.failed.map((f) => [f.source, f.reason])));
  for (const { item, text } of plan.posts) {
    const parsed = postSchema.safeParse(parseFrontmatter(text).frontmatter);
    assert.ok(parsed.success, `post ${item.id}: ${JSON.stringify(parsed.error?.issues)}`);
    assert.doesNotThrow(() => treeOf(item.id), `post ${item.id}`);
  }
});

test('publish, draft, pending, private, future: published posts are published, the others drafts', () => {
  const published = [150, 160, 170, 190, 212, 230, 498, 520, 525, 531, 610, 615, 622, 630, 640, 700, 790, 880, 1120, 1290, 1305, 1320];
  for (const id of published) assert.equal(dataOf(id).draft, false, `post ${id}`);
  for (const id of [1410, 1180, 1105, 1500]) assert.equal(dataOf(id).draft, true, `post ${id} (${post(id).item.status})`);
  assert.equal(dataOf(1500).pubDate.toISOString().slice(0, 10), '2031-05-13');
  assert.equal(dataOf(1500).updatedDate, undefined);
  assert.equal(dataOf(1180).pubDate.toISOString().slice(0, 10), '2018-12-04');
  // Drafts had no public address: nothing redirects to them.
  for (const id of [1410, 1180, 1105, 1500]) assert.equal(frontmatterOf(id)['redirectFrom'], undefined);
});

test('password-protected and private: drafts that say why; page, attachment, nav-menu-item, wp-block: never posts', () => {
  for (const [id, reason] of [
    [1100, /password-protected on the old blog/],
    [2005, /private on the old blog/],
  ] as const) {
    assert.equal(dataOf(id).draft, true, `post ${id}`);
    assert.match(post(id).draftReasons.join('; '), reason);
    assert.equal(frontmatterOf(id)['redirectFrom'], undefined, `post ${id} had no public address`);
  }
  const skipped = new Map(plan.skipped.map(({ source, reason }) => [source, reason]));
  assert.match(skipped.get('WordPress page 2') ?? '', /a page \(about\), not a post: links to it lead to https:\/\/oldblog\.example\.com\/about\//);
  assert.match(skipped.get('WordPress page 2006') ?? '', /a page \(contact\)/);
  assert.deepEqual(plan.notes.at(-1), 'Not posts, not imported: 2 nav_menu_item, 19 attachment, 1 wp_block.');
  const everything = plan.posts.map((p) => p.text).join('\n');
  for (const secret of ['lab2018', 'Subscribe with the form in the sidebar']) assert.ok(!everything.includes(secret), secret);
});

test('classic-wpautop: paragraphs, line breaks, headings, nested lists, a table, a quote and inline code', () => {
  const body = bodyOf(212);
  assert.match(body, /the other waits\.\\\nIt's simple/);
  assert.deepEqual(
    nodesOf<Heading>(212, 'heading').map((h) => h.depth),
    [2, 2, 3],
  );
  const ordered = nodesOf<List>(212, 'list').find((list) => list.ordered)!;
  assert.equal(ordered.children.length, 4);
  assert.equal(ordered.children[1]!.children.find((child) => child.type === 'list')?.children.length, 2);
  const [table] = nodesOf<Table>(212, 'table');
  assert.equal(table!.children.length, 4);
  assert.equal(table!.children[0]!.children.length, 3);
  assert.equal(nodesOf(212, 'blockquote').length, 1);
  assert.ok(nodesOf(212, 'strong').length > 0 && nodesOf(212, 'emphasis').length > 0 && nodesOf(212, 'inlineCode').length > 0);
});

test('block-editor: no block comments; headings, nested list, table, quote, code and preformatted blocks', () => {
  assert.ok(!plan.posts.some((p) => p.text.includes('wp:')), 'a wp: block comment was left');
  assert.deepEqual(
    nodesOf<Heading>(1290, 'heading').map((h) => [h.depth, (h.children[0] as { value: string }).value]),
    [
      [3, 'Before you start'],
      [3, 'Creating the network'],
      [3, 'Checking the result'],
    ],
  );
  assert.equal(nodesOf<Table>(1290, 'table')[0]!.children[0]!.children.length, 3);
  assert.deepEqual(
    fences(1290).map((f) => [f.lang, f.lines.length]),
    [
      ['shellsession', 7],
      ['shellsession', 2],
    ],
  );
  assert.ok(nodesOf<{ type: 'inlineCode'; value: string }>(1290, 'inlineCode').some((code) => code.value === 'acli net.create <name> vlan=<id>'));
  const list = nodesOf<List>(1500, 'list')[0]!;
  assert.equal(list.children.length, 2);
  assert.equal(list.children[0]!.children.find((child) => child.type === 'list')?.children.length, 2);
});

test('more-tag and nextpage: one post, every part of it, in order', () => {
  const more = bodyOf(531);
  assert.ok(more.indexOf('One more light board video') < more.indexOf('The whiteboard version'));
  const pages = bodyOf(880);
  assert.ok(pages.indexOf('## On the AHV host') >= 0 && pages.indexOf('## On the AHV host') < pages.indexOf('## On the CVM'));
  assert.ok(!plan.posts.some((p) => /<!--|more-->|nextpage/.test(p.text)));
});

test('mdx-hostile: what MDX would read as code is text, and stays what the reader saw', () => {
  assert.equal(dataOf(700).title, 'Braces, Brackets & Other Things That Break Your Blog');
  const text: string[] = [];
  visit(treeOf(700), 'text', (node) => void text.push(node.value));
  const all = text.join(' ');
  for (const shown of [
    'a < b',
    '<none>',
    '{vlan}',
    '{{ uplink }}',
    '${HOME}/lab/hosts.txt',
    '{"bridge": "br0", "bond": "bond0"}',
    'Here’s',
    '“smart quotes”',
    '10\u00a0GbE',
    'Bridges & Bonds',
    '<interface>',
    '🙂',
    'ネットワークの設定',
    'ελληνικά (Δίκτυο)',
    '2 * 3 * 4 is 24',
    'file_name_with_underscores',
    'import the OVA',
    'export the VM',
  ]) {
    assert.ok(all.includes(shown), `"${shown}" is shown as text`);
  }
  assert.equal(nodesOf(700, 'mdxjsEsm').length, 0, 'no line became an import or export');
  assert.ok(!/style=|TODO: add the LACP diagram/.test(bodyOf(700)));
  assert.ok(nodesOf<{ type: 'link'; url: string }>(700, 'link').some((link) => link.url === 'https://docs.example.com/ahv/networking/'));
});

test('pre-code, pre-plain, code-shortcode, sourcecode-shortcode, shell-shortcode: listings with their languages', () => {
  const [domain, net, network] = fences(150);
  assert.equal(domain!.lang, 'xml');
  assert.equal(domain!.lines[0], "<domain type='kvm'>");
  assert.equal(domain!.lines.at(-1), '</domain>');
  assert.equal(net!.lang, 'shellsession');
  assert.equal(net!.lines[0], '[root@ahv-1 ~]# virsh net-list --all');
  assert.equal(network!.lang, 'xml');
  assert.equal(network!.lines[0], "<network connections='1'>");
  const ifcfg = fences(160).find((f) => f.lines[0] === 'DEVICE=br0')!;
  assert.equal(ifcfg.lang, 'text');
  assert.equal(ifcfg.lines.at(-1), 'OVSREQUIRES="eth3 eth2 eth1 eth0"');
  const script = fences(190).find((f) => f.lang === 'bash')!;
  assert.equal(script.lines[0], '#!/bin/bash');
  assert.equal(script.lines.at(-1), 'virsh metadata "$DOMAIN" "$URI" --config');
  assert.ok(script.lines.some((line) => line.endsWith('\\')) && script.lines.includes(''));
});

test('prompt-listing: a listing that opens with a prompt is a shell session', () => {
  const sessions = fences(160).filter((f) => f.lang === 'shellsession');
  assert.deepEqual(
    sessions.map((s) => s.lines[0]),
    ['[root@ahv-1 ~]# ovs-vsctl show', 'nutanix@cvm:~$ manage_ovs show_interfaces'],
  );
  for (const id of [640, 790, 1320])
    assert.ok(
      fences(id).every((f) => !/^(\[\w+@|\w+@[\w.-]+:)/.test(f.lines[0]!) || f.lang === 'shellsession'),
      `post ${id}`,
    );
});

test('listing-whitespace, listing-entities, listing-cdata-end: listings come across character for character', () => {
  const exported = readFileSync(EXPORT, 'utf8');
  const [, spaced] = fences(170);
  const lines = spaced!.lines;
  assert.ok(lines[0]!.endsWith(' ') && !lines[0]!.endsWith('  '));
  assert.ok(lines[1]!.endsWith('  '));
  assert.ok(lines[2]!.startsWith(' '.repeat(10)) && lines[3]!.startsWith(' '.repeat(10)));
  assert.equal(lines.filter((line) => line.includes('\t')).length >= 3, true);
  assert.ok(lines.includes('\t'.repeat(7) + 'vnet1'));
  const bash = fences(170).find((f) => f.lang === 'bash')!;
  assert.ok(bash.lines.some((line) => line.includes('ssh root@$host "ovs-appctl bond/show bond0" && echo "$host ok"')));
  assert.ok(bash.lines.includes('done > /tmp/bond-status.txt 2>&1'));
  assert.ok(exported.includes(']]]]><![CDATA[>'));
  assert.ok(fences(190).some((f) => f.lines.includes(']]></lab:notes>')));
});

test('youtube-own-line, youtube-embed-shortcode, youtube-shortcode, youtube-iframe, youtube-embed-block: the facade with the real id', () => {
  const videos = (id: number) =>
    nodesOf<{ type: 'mdxJsxFlowElement'; name: string; attributes: Array<{ name: string; value: string }> }>(id, 'mdxJsxFlowElement').filter(
      (n) => n.name === 'YouTube',
    );
  for (const [id, youtube] of [
    [531, 'M7lc1UVf-VE'],
    [498, 'dQw4w9WgXcQ'],
    [615, 'aqz-KE-bpKQ'],
    [622, 'ScMzIvxBSi4'],
    [1305, 'jNQXAC9IVRw'],
  ] as const) {
    assert.deepEqual(
      videos(id).map((v) => v.attributes.find((a) => a.name === 'id')?.value),
      [youtube],
      `post ${id}`,
    );
    assert.ok(!/youtube\.com|youtu\.be|<iframe|\[embed|\[youtube/.test(bodyOf(id)), `post ${id} keeps no trace of the old embed`);
  }
});

test('video-not-youtube: linked, not embedded, and reported', () => {
  assert.ok(nodesOf<{ type: 'link'; url: string }>(630, 'link').some((link) => link.url === 'https://vimeo.com/76979871'));
  assert.deepEqual(post(630).body.otherEmbeds, ['https://vimeo.com/76979871']);
});

test('image-local, image-alt-from-caption, image-alt-from-title, caption-shortcode, gallery: copied beside the post, with alt text', () => {
  const images = (id: number) => nodesOf<{ type: 'image'; url: string; alt: string }>(id, 'image').map((i) => [i.url, i.alt]);
  assert.deepEqual(images(520), [
    ['./vlan-tagging-cvm-ahv-host/acropolis_default_vlan.png', 'Default VLAN setup: the CVM and the AHV host untagged on br0'],
    ['./vlan-tagging-cvm-ahv-host/acropolis_custom_vlan.png', 'Custom VLAN setup: VLAN 110 tagged on the CVM and on the AHV host'],
  ]);
  assert.deepEqual(
    post(520).files.map((i) => i.from.slice(UPLOADS.length + 1)),
    ['2016/02/acropolis_default_vlan.png', '2016/02/acropolis_custom_vlan.png'],
  );
  assert.deepEqual(images(525), [
    ['./bond-modes-in-pictures/bond-active-backup.png', 'Active-backup: one uplink carries all the traffic while the other waits'],
    ['./bond-modes-in-pictures/bond-balance-slb.png', 'balance-slb: VM MAC addresses spread across eth2 and eth3'],
    ['./bond-modes-in-pictures/lacp-negotiation.png', 'LACP negotiation between bond0 and the switch'],
  ]);
  assert.match(bodyOf(525), /<figcaption>\s*balance-slb rebalances every 10 seconds by default\s*<\/figcaption>/);
  assert.deepEqual(images(610), [
    ['./three-ways-to-create-a-vm-network/prism-network-list.png', 'Prism: the Network Configuration list with vlan.110 and vlan.120'],
    ['./three-ways-to-create-a-vm-network/acli-net-create.png', 'acli net.create creating vlan.120 from a CVM'],
    ['./three-ways-to-create-a-vm-network/prism-create-network.png', 'The Create Network dialog in Prism'],
  ]);
});

test('image-missing, image-remote: never hotlinked; a figure names what is missing, and the report lists it', () => {
  assert.deepEqual(
    post(160).body.missingMedia.map((m) => m.reason),
    ['not in the uploads folder'],
  );
  assert.deepEqual(
    post(230).body.missingMedia.map((m) => [m.url, m.reason]),
    [['https://images.example.net/dsf/cvm-pci-passthrough.png', 'on another site (never hotlinked)']],
  );
  for (const id of [160, 230]) {
    assert.equal(nodesOf(id, 'image').length, 0, `post ${id} shows no image it does not have`);
    assert.match(bodyOf(id), /<figure class="image-missing">/);
  }
});

test('image-no-alt: reported, and the post waits as a draft with a placeholder the author must replace', () => {
  assert.deepEqual(post(527).body.imagesWithoutAlt, ['IMG_0412.jpg']);
  assert.equal(dataOf(527).draft, true);
  assert.ok(!bodyOf(527).includes('![IMG_0412'));
});

test('unknown-shortcode: left as text, never silently dropped, and counted', () => {
  assert.deepEqual([...new Set(post(1120).body.unknownShortcodes)].sort(), ['contact-form-7', 'tweet']);
  const text: string[] = [];
  visit(treeOf(1120), 'text', (node) => void text.push(node.value));
  assert.ok(text.join('').includes('[contact-form-7 id="12"'));
});

test('internal-link-permalink, internal-link-p-id, external-link: links between posts lead to the new posts', () => {
  const links = (id: number) => nodesOf<{ type: 'link'; url: string }>(id, 'link').map((link) => link.url);
  assert.ok(links(531).includes('/posts/ahv-bonds-load-balancing/'));
  assert.ok(links(525).includes('/posts/ahv-bonds-load-balancing/'));
  assert.ok(links(160).includes('/posts/reading-cvm-libvirt-domain-xml/'));
  assert.ok(links(498).includes('/posts/ahv-bonds-load-balancing/'));
  assert.ok(links(212).includes('https://docs.example.com/ahv/networking-best-practices/'));
  assert.ok(links(212).includes('https://www.example.org/ovs/bonding.html'));
  // The old site is named only by links to its pages that are not posts here (link-to-page), each reported.
  for (const p of plan.posts) {
    const old = links(p.item.id).filter((url) => url.includes('oldblog.example.com'));
    assert.deepEqual(
      old,
      [...new Set(old)].filter((url) => p.problems.some((problem) => problem.includes(url))),
      `post ${p.item.id}: ${old.join(', ')}`,
    );
    assert.ok(
      !proseOf(p.item.id)
        .replace(/\]\(https:\/\/oldblog\.example\.com[^)]*\)/g, '')
        .includes('oldblog.example.com'),
      `post ${p.item.id}`,
    );
  }
});

test('excerpt, no-excerpt, long-first-sentence: descriptions within the limit', () => {
  assert.equal(
    dataOf(212).description,
    'Active-backup, balance-slb or LACP? How the three Open vSwitch bond modes on an AHV host differ, and which one I would start with.',
  );
  assert.equal(
    dataOf(1290).description,
    'AHV gives you three ways to create a VM network: Prism, the REST API and acli. This post covers the third, because it is the one you can script.',
  );
  const long = dataOf(1120).description;
  assert.ok(long.startsWith('After a week at All Things Open in Raleigh,') && long.endsWith('…') && long.length <= 160, long);
});

test('categories-and-tags: registry spellings reused, new tags added with labels, the default category dropped', () => {
  assert.deepEqual(dataOf(212).tags, ['networking', 'ahv', 'open-vswitch', 'lacp']);
  assert.deepEqual(dataOf(230).tags.sort(), ['ahv', 'kvm', 'storage']);
  assert.deepEqual(dataOf(531).tags.sort(), ['light-board', 'networking', 'open-vswitch']);
  assert.deepEqual(dataOf(1305).tags.sort(), ['ahv', 'nutanix', 'prism-central']);
  assert.deepEqual(plan.newTags.map((t) => t.id).sort(), ['acli', 'documentation', 'lacp', 'libvirt', 'prism-central', 'storage']);
  assert.equal(plan.newTags.find((t) => t.id === 'storage')?.description, "The Distributed Storage Fabric, the CVM's disks and iSCSI on AHV.");
  assert.ok(!plan.posts.some((p) => dataOf(p.item.id).tags.includes('uncategorized')));
});

test('comments: counted, never published', () => {
  assert.deepEqual(post(150).comments, { total: 3, approved: 1 });
  const everything = plan.posts.map((p) => p.text).join('\n');
  assert.ok(!everything.includes('PENDING-COMMENT-MARKER') && !everything.includes('SPAM-COMMENT-MARKER'));
});

test('modified-date, same-day-modified, authors: dates and authors kept', () => {
  assert.deepEqual([dataOf(212).pubDate.toISOString().slice(0, 10), dataOf(212).updatedDate?.toISOString().slice(0, 10)], ['2015-09-15', '2016-09-20']);
  assert.equal(dataOf(1290).updatedDate, undefined);
  assert.equal(dataOf(527).pubDate.toISOString().slice(0, 10), '2016-02-25');
  assert.notEqual(dataOf(212).author, undefined);
  assert.notEqual(dataOf(212).author, dataOf(1290).author);
});

test('non-ascii-slug, duplicate-title: URL-safe slugs, none overwriting another', () => {
  assert.equal(post(1320).slug, 'ahv-open-vswitch');
  assert.equal(dataOf(1320).title, 'ネットワーク入門: AHV と Open vSwitch');
  assert.equal(post(1410).slug, 'flow-networking-a-first-look-at-microsegmentation');
  assert.deepEqual([post(640).slug, post(790).slug], ['quick-tip-checking-bond-status', 'quick-tip-checking-bond-status-2']);
  assert.equal(new Set(plan.posts.map((p) => p.file)).size, plan.posts.length);
});

test('old URLs: the permalink, ?p=ID and the date form lead to each published post', () => {
  assert.deepEqual(frontmatterOf(212)['redirectFrom'], ['/2015/09/15/ahv-bonds-load-balancing/', '/?p=212']);
  assert.ok((frontmatterOf(1320)['redirectFrom'] as string[]).some((path) => path.includes('ネットワーク入門')));
});

test('the report: grouped by post, each problem once with its count, and a summary line', () => {
  const report = importReport(plan, undefined, { dryRun: true });
  const section = (file: string) => report.slice(report.indexOf(`## ${file}`)).split('\n\n')[0]!;
  assert.match(
    section('content/posts/rebuilding-home-lab-pictures.mdx'),
    /^## content\/posts\/rebuilding-home-lab-pictures\.mdx: published, would be written\n"Rebuilding the Home Lab in Pictures" \(WordPress post 2001\)\n- https:\/\/oldblog\.example\.com\/wp-content\/uploads\/2017\/05\/cable-map\.pdf: not in the uploads folder; a note stands in its place$/,
  );
  // The same image twice in one post: one line, counted.
  assert.deepEqual(countedOnce(['image a.png has no alt text', 'embed x', 'image a.png has no alt text']), ['image a.png has no alt text (×2)', 'embed x']);
  for (const post of plan.posts) {
    const lines = section(post.file)
      .split('\n')
      .filter((line) => line.startsWith('- '));
    assert.equal(lines.length, new Set(lines).size, `${post.file}: each problem once`);
  }
  assert.match(
    report,
    /\n33 posts: 26 published, 7 drafts to finish \(2 skipped\); 0 media downloaded, 23 from the uploads folder, 3 missing\. \(dry run: nothing written\)$/,
  );
  assert.equal(summaryLine(plan), report.split('\n').at(-1)!.replace(' (dry run: nothing written)', ''));
});

// ---------------------------------------------------------------- blocks, shortcodes and the export's metadata

/** A post's images as [url, alt], its players as their JSX, and its links' targets. */
const imagesOf = (id: number) => nodesOf<{ type: 'image'; url: string; alt: string }>(id, 'image').map((i) => [i.url, i.alt]);
const playersOf = (id: number) =>
  nodesOf<{ type: 'mdxJsxFlowElement'; name: string; attributes: Array<{ name: string; value: string }> }>(id, 'mdxJsxFlowElement')
    .filter((node) => node.name === 'AudioFile' || node.name === 'VideoFile')
    .map((node) => ({ name: node.name, ...Object.fromEntries(node.attributes.map((a) => [a.name, a.value])) }));
const linksOf = (id: number): Array<[string, string]> =>
  nodesOf<{ type: 'link'; url: string; children: Array<{ value?: string }> }>(id, 'link').map(
    (l) => [l.children.map((c) => c.value).join(''), l.url] as [string, string],
  );
const targetsOf = (id: number) => post(id).files.map((f) => f.target);

test('block-image, attachment-alt: the media library’s alt text, the full-size file beside the post', () => {
  assert.deepEqual(imagesOf(2001)[0], [
    './rebuilding-home-lab-pictures/rack-front.png',
    'The front of the lab rack: four AHV nodes above the top-of-rack switch',
  ]);
  assert.ok(targetsOf(2001).includes('content/posts/rebuilding-home-lab-pictures/rack-front.png'), 'the original, not rack-front-1024x768.png');
  assert.match(bodyOf(2001), /<figcaption>\s*Four nodes, one switch\s*<\/figcaption>/);
  assert.ok(!post(2001).problems.some((p) => /no alt text/.test(p)));
});

test('block-gallery, attachment-caption: both layouts, every image with its alt text, and the gallery caption', () => {
  const images = imagesOf(2001).slice(1, 5);
  assert.deepEqual(images, [
    ['./rebuilding-home-lab-pictures/rack-back.png', 'The back of the rack, with both uplinks of every node cabled'],
    ['./rebuilding-home-lab-pictures/switch-ports.png', 'Switch ports 1 to 8, with the VLAN of each port labelled'],
    ['./rebuilding-home-lab-pictures/rack-back.png', 'The back of the rack, with both uplinks of every node cabled'],
    ['./rebuilding-home-lab-pictures/switch-ports.png', 'Switch ports 1 to 8, with the VLAN of each port labelled'],
  ]);
  assert.match(bodyOf(2001), /The rack from behind, and the switch/);
  assert.match(bodyOf(2001), /<figcaption>\s*Labelled ports\s*<\/figcaption>/);
  assert.equal(nodesOf(2001, 'list').length, 0, 'the older gallery is figures, not a list');
});

test('block-video, block-audio: the site’s players with the files and the poster served from the site', () => {
  assert.deepEqual(playersOf(2001), [
    {
      name: 'VideoFile',
      src: '/media/rebuilding-home-lab-pictures/bond-failover-demo.mp4',
      title: 'Pulling one uplink of bond0 while a VM pings its gateway',
      poster: '/media/rebuilding-home-lab-pictures/bond-demo-poster.png',
    },
    { name: 'AudioFile', src: '/media/rebuilding-home-lab-pictures/light-board-episode-audio.mp3', title: 'The light board episode, audio only' },
  ]);
  for (const file of ['bond-failover-demo.mp4', 'bond-demo-poster.png', 'light-board-episode-audio.mp3'])
    assert.ok(targetsOf(2001).includes(`public/media/rebuilding-home-lab-pictures/${file}`), file);
  assert.ok(!/\]\([^)]*\.(?:mov|mp4|mp3)\)|!\[\]/.test(bodyOf(2001)), 'no linked poster, no empty link');
});

test('block-cover: the image (both forms of the block) with its alt text, then the text over it', () => {
  assert.deepEqual(imagesOf(2001).slice(5), [
    ['./rebuilding-home-lab-pictures/lab-cover.png', 'The home lab seen from the door'],
    ['./rebuilding-home-lab-pictures/lab-cover.png', 'The home lab seen from the door'],
  ]);
  assert.match(bodyOf(2001), /lab-cover\.png\)\n\nRebuilding the lab, one cable at a time\n/);
  assert.match(bodyOf(2001), /An older cover block, its image a CSS background/);
});

test('block-file: one link to the file, served by the site; a file the import could not get is a note and leads to the old site', () => {
  const handout = linksOf(2001).filter(([, url]) => url.includes('handout'));
  assert.deepEqual(handout, [['AHV networking handout', '/media/rebuilding-home-lab-pictures/ahv-networking-handout.pdf']]);
  assert.ok(!/Download\]|<object/.test(bodyOf(2001)));
  assert.deepEqual(linksOf(2001).at(-1), ['here', 'https://oldblog.example.com/wp-content/uploads/2017/05/cable-map.pdf']);
  assert.deepEqual(post(2001).problems, [
    'https://oldblog.example.com/wp-content/uploads/2017/05/cable-map.pdf: not in the uploads folder; a note stands in its place',
  ]);
});

test('block-table, block-code, block-preformatted: a table with its caption, and two listings', () => {
  const [table] = nodesOf<Table>(2002, 'table');
  assert.equal(table?.children.length, 3);
  assert.match(bodyOf(2002), /\| `virbr0` \| The CVM's internal link to the host \|\n\nThe two bridges of an AHV host/);
  assert.deepEqual(fences(2002), [
    { lang: 'shellsession', lines: ['[root@ahv-1 ~]# ovs-vsctl list-br', 'br0'] },
    { lang: 'text', lines: ['DEVICE=br0', 'DEVICETYPE=ovs', 'TYPE=OVSBridge'] },
  ]);
});

test('block-quote, block-pullquote: quotes with who said them', () => {
  const quotes = nodesOf<{ type: 'blockquote' }>(2002, 'blockquote');
  assert.equal(quotes.length, 2);
  assert.match(bodyOf(2002), /> Name the bridge before you need it\.\n>\n> A lab notebook/);
  assert.match(bodyOf(2002), /> One bond, two uplinks, no single point of failure\.\n>\n> The design review/);
});

test('block-columns, block-buttons, block-separator: the columns one after the other, each button a link of its own, a rule', () => {
  assert.match(bodyOf(2002), /Left column: the host side\.\n\nRight column: the switch side\./);
  assert.match(bodyOf(2002), /\n\[Read about bonds\]\(\/posts\/ahv-bonds-load-balancing\/\)\n\n\[Read the docs\]\(https:\/\/docs\.example\.com\/ahv\/\)\n/);
  assert.equal(nodesOf(2002, 'thematicBreak').length, 2, 'the separator, and the page break');
});

test('block-more, block-nextpage: one post, every part in order, no marker left', () => {
  const body = bodyOf(2002);
  assert.ok(body.indexOf('Above the fold') < body.indexOf('Below the fold') && body.indexOf('Below the fold') < body.indexOf('Page two'));
  assert.ok(!/more-->|nextpage|<!--/.test(body));
});

test('embed-youtube, embed-other: YouTube in the facade; any other site a link, never a frame', () => {
  assert.deepEqual(post(2002).body.youtube, ['ScMzIvxBSi4']);
  assert.ok(linksOf(2002).some(([, url]) => url === 'https://twitter.com/example/status/1234567890'));
  assert.match(bodyOf(2002), /Embedded on twitter\.com: \[/);
  assert.ok(!/<iframe|wp-block-embed/.test(bodyOf(2002)));
});

test('link-to-page, dead-anchor: pages of the old site stay there; links to headings that are not there keep their text only', () => {
  const links = Object.fromEntries(linksOf(2002));
  assert.equal(links['the table'], '#the-table', 'a heading the post has');
  assert.equal(links['comments'], undefined, '#respond leads nowhere: text only');
  assert.match(bodyOf(2002), /or the comments\./);
  assert.equal(links['about page'], 'https://oldblog.example.com/about/');
  assert.equal(links['Nutanix category'], 'https://oldblog.example.com/category/nutanix/');
  assert.equal(links['bonds, at a heading that is gone'], '/posts/ahv-bonds-load-balancing/', 'the post, without the anchor it lacks');
  assert.deepEqual(
    post(2002).problems.filter((p) => /^link/.test(p)),
    [
      'link to #respond leads to no heading of the post: kept as text',
      'link to https://oldblog.example.com/about/, a page this site does not have: leads to the old site',
      'link to https://oldblog.example.com/category/nutanix/, a page this site does not have: leads to the old site',
    ],
  );
});

test('shortcode-audio, shortcode-video: the players, with the files served by the site', () => {
  assert.deepEqual(playersOf(2003), [
    { name: 'AudioFile', src: '/media/lab-recordings/vlan-lab-recording.mp3', title: 'Lab Recordings: vlan-lab-recording.mp3' },
    {
      name: 'VideoFile',
      src: '/media/lab-recordings/cabling-walkthrough.mp4',
      title: 'Lab Recordings: cabling-walkthrough.mp4',
      poster: '/media/lab-recordings/bond-demo-poster.png',
    },
  ]);
  assert.ok(!/\[(?:audio|video)/.test(bodyOf(2003)));
});

test('shortcode-gallery-no-ids, shortcode-caption, shortcode-embed: the post’s own images, a captioned figure, embeds by site', () => {
  assert.deepEqual(imagesOf(2003), [
    ['./lab-recordings/rack-front.png', 'The lab rack from the front, again'],
    ['./lab-recordings/switch-ports.png', 'Switch ports 1 to 8, with the VLAN of each port labelled'],
  ]);
  assert.match(bodyOf(2003), /<figcaption>\s*The switch, port by port\s*<\/figcaption>/);
  assert.deepEqual(post(2003).body.youtube, ['M7lc1UVf-VE']);
  assert.deepEqual(post(2003).body.otherEmbeds, ['https://twitter.com/example/status/9876543210']);
  assert.ok(!/\[(?:gallery|caption|embed)/.test(bodyOf(2003)));
});

test('featured-image, sticky: the featured image heads the post with its alt text; sticky is reported', () => {
  assert.deepEqual(imagesOf(2004), [['./start-here-lab-explained/featured-lab.jpg', 'Cables on the lab bench before the rebuild']]);
  assert.ok(bodyOf(2004).trimStart().startsWith('![Cables on the lab bench'));
  assert.deepEqual(post(2004).problems, ['was sticky on the old blog: this site lists posts newest first']);
});

test('no link of an imported post leads to a draft', () => {
  const drafts = new Set(plan.posts.filter((p) => p.draft).map((p) => `/posts/${p.slug}/`));
  for (const p of plan.posts)
    for (const [, url] of linksOf(p.item.id)) assert.ok(!drafts.has(url.replace(/#.*/, '')), `post ${p.item.id} links to the draft ${url}`);
});

test('old URLs the build would refuse are not written: a path of this site, one another post has; both reported', () => {
  const wxr = parseWxr(readFileSync(EXPORT, 'utf8'));
  const template = wxr.items.find((item) => item.id === 640)!;
  const clash = (id: number, link: string, name: string) => ({ ...template, id, link, name, terms: [] });
  // A blog whose permalinks were /%postname%/ had posts at /tags/ and /search/: this site's own pages.
  const items = [clash(9001, 'https://oldblog.example.com/tags/', 'tags'), clash(9002, 'https://oldblog.example.com/tags/', 'tags-again')];
  const plan = planImport(prepareImport({ ...wxr, items }, { uploadsDir: undefined, mediaFrom: undefined }), { root: ROOT, media: new Map() });
  const [first, second] = plan.posts;
  assert.deepEqual(first!.redirectFrom, ['/?p=9001', `/${template.postDate.slice(0, 10).replaceAll('-', '/')}/tags/`]);
  assert.ok(first!.problems.includes('old URL /tags/ not kept: this site has its own pages there'));
  assert.ok(!second!.redirectFrom.includes('/tags/'));
  for (const { text } of plan.posts) assert.ok(postSchema.safeParse(parseFrontmatter(text).frontmatter).success);
});
