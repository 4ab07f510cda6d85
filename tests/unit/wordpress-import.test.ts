/**
 * `npm run import` (scripts/import-wordpress.ts) on a real WordPress export:
 * tests/fixtures/wordpress/export.xml, whose items name the cases they cover
 * (CASES.md). Each test below is one case, by that name. The posts are read
 * back the way the site reads them: frontmatter through the site's own
 * schema, bodies parsed as MDX.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
import { ROOT } from '../../scripts/lib/repo.ts';
import { migratedTagRegistry } from '../support/posts.ts';
import { convertBody } from '../../scripts/wordpress/body.ts';
import { planImport, type PlannedPost } from '../../scripts/wordpress/import-plan.ts';
import { parseWxr } from '../../scripts/wordpress/wxr.ts';
import { postSchema } from '../../src/collections/schemas.ts';

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
const plan = planImport(parseWxr(readFileSync(EXPORT, 'utf8')), { root: planRoot, uploadsDir: UPLOADS });
rmSync(planRoot, { recursive: true });

function post(id: number): PlannedPost {
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
  assert.equal(plan.failed.length, 0, JSON.stringify(plan.failed.map((f) => [f.item.id, f.reason])));
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

test('password-protected, page, attachment, nav-menu-item, wp-block: never posts, and the report says why', () => {
  const skipped = new Map(plan.skipped.map(({ item, reason }) => [item.id, reason]));
  assert.match(skipped.get(1100) ?? '', /password-protected/);
  assert.match(skipped.get(2) ?? '', /a page/);
  assert.deepEqual(Object.fromEntries(plan.internal), { attachment: 9, nav_menu_item: 2, wp_block: 1 });
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

test('mdx-hostile, beyond the fixture: broken HTML, shortcodes and MDX’s own characters in any mix come out as MDX that parses', () => {
  const context = { slug: 's', title: 'T', uploadsDir: undefined, resolveLink: () => undefined, attachments: new Map() };
  // Each of these once made MDX that would not compile: a listing in a heading, bold or a table cell, a list item in
  // inline code, text straight in a list item, a blank line in inline code.
  for (const html of ['<h2><pre><', '<b>\n\n<pre>&lt;', '<table><tr><td><pre>{', '<code><li>&#123;\n\n)', 'a <ul>&lt;{', '<code>\n\n|<p><'])
    assert.doesNotThrow(() => convertBody(html, context), html);
  // And a thousand random mixes of the pieces WordPress content is made of (a fixed seed: the same mixes every run).
  const pieces = [
    '<',
    '>',
    '{',
    '}',
    '[',
    ']',
    '`',
    '*',
    '_',
    '#',
    '!',
    '&',
    '|',
    '\\',
    '<p>',
    '</p>',
    '<br>',
    '<b>',
    '</b>',
    '<a href="x">',
    '</a>',
    '<code>',
    '</code>',
    '<pre>',
    '</pre>',
    '\n',
    '\n\n',
    ' ',
    'import',
    'export',
    'x',
    '1.',
    '-',
    '<img src="a.png" alt="{x}">',
    '[code]',
    '[/code]',
    '<!--',
    '-->',
    '<li>',
    '<ul>',
    '</ul>',
    '<table><tr><td>',
    '</td></tr></table>',
    '<h2>',
    '</h2>',
    '&lt;',
    '&#123;',
    '<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE" title="a{b}<c>">',
    '</iframe>',
    '<blockquote>',
    '</blockquote>',
    'http://x.example.com/y',
  ];
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const failed: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const html = Array.from({ length: 1 + Math.floor(random() * 25) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    try {
      convertBody(html, context);
    } catch {
      failed.push(html);
    }
  }
  assert.deepEqual(failed, []);
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
  assert.deepEqual(post(630).body.otherVideos, ['https://vimeo.com/76979871']);
});

test('image-local, image-alt-from-caption, image-alt-from-title, caption-shortcode, gallery: copied beside the post, with alt text', () => {
  const images = (id: number) => nodesOf<{ type: 'image'; url: string; alt: string }>(id, 'image').map((i) => [i.url, i.alt]);
  assert.deepEqual(images(520), [
    ['./vlan-tagging-cvm-ahv-host/acropolis_default_vlan.png', 'Default VLAN setup: the CVM and the AHV host untagged on br0'],
    ['./vlan-tagging-cvm-ahv-host/acropolis_custom_vlan.png', 'Custom VLAN setup: VLAN 110 tagged on the CVM and on the AHV host'],
  ]);
  assert.deepEqual(
    post(520).images.map((i) => i.from.slice(UPLOADS.length + 1)),
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
    post(160).body.missingImages.map((m) => m.reason),
    ['not in the uploads'],
  );
  assert.deepEqual(
    post(230).body.missingImages.map((m) => [m.url, m.reason]),
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
  for (const p of plan.posts) assert.ok(!proseOf(p.item.id).includes('oldblog.example.com'), `post ${p.item.id} links to the old site`);
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

// ---------------------------------------------------------------- the command

const IMPORT = join(ROOT, 'scripts/import-wordpress.ts');
function runImport(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [IMPORT, ...args, '--root', root], { encoding: 'utf8' });
}
/** Every file and folder under content/, files with their bytes, to prove a run changed nothing. */
function snapshot(root: string): Map<string, string> {
  const dir = join(root, 'content');
  return new Map(
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .sort()
      .map((name) => [name, statSync(join(dir, name)).isFile() ? readFileSync(join(dir, name)).toString('base64') : '(folder)']),
  );
}

test('the command writes posts, images and tags; a second run changes nothing; --dry-run writes nothing; --force overwrites', () => {
  const root = emptySite();
  try {
    const dry = runImport(root, EXPORT, '--uploads', UPLOADS, '--dry-run');
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /dry run: nothing written/);
    assert.deepEqual(readdirSync(join(root, 'content/posts')), []);

    const first = runImport(root, EXPORT, '--uploads', UPLOADS);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Files: 27 written, 0 unchanged, 0 kept; \d+ images copied/);
    assert.ok(existsSync(join(root, 'content/posts/bond-modes-in-pictures/bond-active-backup.png')));
    assert.match(readFileSync(join(root, 'content/tags.yaml'), 'utf8'), /- id: prism-central\n {2}label: "Prism Central"/);
    const afterFirst = snapshot(root);

    const second = runImport(root, EXPORT, '--uploads', UPLOADS);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /Files: 0 written, 27 unchanged, 0 kept; 0 images copied/);
    assert.deepEqual(snapshot(root), afterFirst);

    const edited = join(root, 'content/posts/ahv-bonds-load-balancing.mdx');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nAn edit of the author's.\n`);
    const kept = runImport(root, EXPORT, '--uploads', UPLOADS);
    assert.match(kept.stdout, /1 kept/);
    assert.match(readFileSync(edited, 'utf8'), /An edit of the author's/);
    const forced = runImport(root, EXPORT, '--uploads', UPLOADS, '--force');
    assert.match(forced.stdout, /Files: 1 written/);
    assert.doesNotMatch(readFileSync(edited, 'utf8'), /An edit of the author's/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('bad input: not XML, not WXR, truncated, an impossible date: a message naming the problem, and content/ untouched', () => {
  const root = emptySite();
  try {
    const before = snapshot(root);
    for (const [file, message] of [
      ['not-xml.txt', /not XML/],
      ['not-wxr.xml', /not a WordPress export/],
      ['truncated.xml', /not well-formed XML \(line \d+/],
      ['impossible-date.xml', /item 545 \("The Thirtieth of February"\): wp:post_date "2016-02-30 10:00:00" is not a date/],
    ] as const) {
      const run = runImport(root, join(FIXTURE, 'bad', file), '--uploads', UPLOADS);
      assert.equal(run.status, 1, file);
      assert.match(run.stderr, message, file);
      assert.match(run.stderr, /Nothing was written/, file);
      assert.deepEqual(snapshot(root), before, file);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('an import that fails while moving files in puts back what it had moved', () => {
  const root = emptySite();
  try {
    // A folder where an image must go: the rename of that file fails after the posts before it were moved in.
    mkdirSync(join(root, 'content/posts/three-ways-to-create-a-vm-network/acli-net-create.png'), { recursive: true });
    const before = snapshot(root);
    const run = runImport(root, EXPORT, '--uploads', UPLOADS);
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /could not move content\/posts\/three-ways-to-create-a-vm-network\/acli-net-create\.png into place .*; the \d+ files moved before it were put back/,
    );
    assert.deepEqual(snapshot(root), before);
    assert.deepEqual(
      readdirSync(join(root, 'content')).filter((name) => name.startsWith('.wordpress-import')),
      [],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
