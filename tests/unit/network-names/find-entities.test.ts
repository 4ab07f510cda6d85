/** Finding network names in text, listings and diagrams (src/network-names/find-entities.ts), with their kinds and normal forms (entity.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { diagramTexts } from '../../../src/code-block-core/diagram-text.ts';
import { addressEntity, entityKey, interfaceEntities, macEntity, vlanEntity } from '../../../src/network-names/entity.ts';
import { entitiesInText, findDiagramEntities, findListingEntities } from '../../../src/network-names/find-entities.ts';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { highlightFence } from '../../support/highlight.ts';
import { POSTS_DIR, readPostFile, readPosts } from '../../support/posts.ts';

const keys = (text: string) => entitiesInText(text).map((found) => found.key);

test('one bridge however it is written: br0, bridge br0, bridge=\'br0\', "br0"', () => {
  for (const written of ['br0', 'bridge br0', "bridge='br0'", '"br0"', 'Bridge "br0"']) {
    assert.deepEqual(interfaceEntities(written)?.entity, { kind: 'bridge', name: 'br0' }, written);
  }
  assert.deepEqual(keys("<source bridge='br0'/>"), ['bridge/br0']);
  assert.deepEqual(keys(' Bridge "br0"'), ['bridge/br0']);
  assert.deepEqual(keys('bridge br0'), ['bridge/br0']);
  assert.equal(entityKey('bridge', 'br0'), 'bridge/br0');
});

test('kinds from the name: bridges, bonds, interfaces; a VLAN sub-interface implies its parent and VLAN; an alias is its device', () => {
  assert.deepEqual(keys('em1 p1p2'), ['interface/em1', 'interface/p1p2']);
  assert.deepEqual(keys('virbr0 bond0 eth0 ens192 vnet1 tap345 br0-dhcp virbr0-nic'), [
    'bridge/virbr0',
    'bond/bond0',
    'interface/eth0',
    'interface/ens192',
    'interface/vnet1',
    'interface/tap345',
    'interface/br0-dhcp',
    'interface/virbr0-nic',
  ]);
  const sub = entitiesInText('eth2.32 Link encap:Ethernet');
  assert.deepEqual(
    sub.map((found) => [found.key, found.text, found.start, found.end, found.implied]),
    [
      ['interface/eth2.32', 'eth2.32', 0, 7, false],
      ['interface/eth2', 'eth2', 0, 4, true],
      ['vlan/32', '32', 5, 7, true],
    ],
  );
  assert.deepEqual(keys('eth1:1 Link encap:Ethernet'), ['interface/eth1']);
});

test('MACs: lower case, colon-separated, the same entity in any spelling', () => {
  const spellings = ['0C:C4:7A:58:91:50', '0c:c4:7a:58:91:50', '0c-c4-7a-58-91-50'];
  for (const mac of spellings) assert.deepEqual(macEntity(mac), { kind: 'mac', name: '0c:c4:7a:58:91:50' });
  assert.deepEqual(keys('HWaddr 52:54:00:BE:99:B3 and mac=52:54:00:be:99:b3'), ['mac/52:54:00:be:99:b3', 'mac/52:54:00:be:99:b3']);
});

test('addresses and prefixes: IPv6 compressed, host bits decide address or prefix, a route line makes a prefix', () => {
  assert.deepEqual(addressEntity('2001:DB8:0:0:0:0:2:1'), { kind: 'address', name: '2001:db8::2:1' });
  assert.deepEqual(addressEntity('fe80::e63d:1aff:fe72:f1c2/64'), { kind: 'address', name: 'fe80::e63d:1aff:fe72:f1c2' });
  assert.deepEqual(addressEntity('2001:db8::/32'), { kind: 'prefix', name: '2001:db8::/32' });
  assert.deepEqual(addressEntity('10.59.30.0/23'), { kind: 'prefix', name: '10.59.30.0/23' });
  assert.deepEqual(addressEntity('10.59.31.77/23'), { kind: 'address', name: '10.59.31.77' });
  assert.deepEqual(keys('192.168.5.0  *       255.255.255.0 U     0 0 0           virbr0'), ['prefix/192.168.5.0/24', 'bridge/virbr0']);
  assert.deepEqual(keys("<ip address='192.168.5.1' netmask='255.255.255.0'>"), ['address/192.168.5.1']);
});

test('VLAN ids: VLAN 32, vlan=32, tag: 32, the id of eth2.32, all VLAN 32; out of range is nothing', () => {
  for (const text of ['VLAN 32', 'vlan=32', 'vlan: 32', 'vlan-id 32', 'tag: 32', 'tag=32', 'vlan32']) assert.deepEqual(keys(text), ['vlan/32'], text);
  assert.deepEqual(vlanEntity('032'), { kind: 'vlan', name: '32' });
  assert.deepEqual(keys('tag 32'), [], 'a bare "tag 3" is anything');
  assert.deepEqual(keys('vlan 0, vlan 4095, vlan 9999'), []);
  assert.equal(entitiesInText('    tag: 32').find((found) => found.key === 'vlan/32')?.text, '32');
});

test('the stop list: loopback, masks, this network, broadcasts, default are never entities', () => {
  assert.deepEqual(keys('lo Link encap:Local Loopback'), []);
  assert.deepEqual(keys('  inet addr:127.0.0.1 Mask:255.0.0.0'), []);
  assert.deepEqual(keys('default      10.59.30.1 0.0.0.0    UG    0 0 0           br0'), ['address/10.59.30.1', 'bridge/br0']);
  assert.deepEqual(keys('  inet addr:10.59.31.77 Bcast:10.59.31.255 Mask:255.255.254.0'), ['address/10.59.31.77']);
  assert.deepEqual(keys('link/ether 52:54:00:74:f9:b0 brd ff:ff:ff:ff:ff:ff'), ['mac/52:54:00:74:f9:b0']);
  assert.deepEqual(keys('inet 10.0.0.5/24 brd 10.0.0.255 scope global'), ['address/10.0.0.5']);
  assert.deepEqual(keys('NETMASK=255.255.254.0 :: ::1 00:00:00:00:00:00 255.255.255.255'), []);
  assert.equal(interfaceEntities('lo'), undefined);
  assert.equal(interfaceEntities('default'), undefined);
});

test("listings: commands are named but not painted, prompts and authors' notes are not read", () => {
  const found = findListingEntities({
    lang: 'shellsession',
    lines: [
      'nutanix@cvm:10.59.30.77:~$ brctl show virbr0',
      'virbr0 8000.52540074f9b0 no vnet1',
      '$ cat /etc/x.xml',
      '[root@h ~]# virsh dumpxml vm',
      '##Here is br9',
      "<source bridge='br0'/>",
    ],
  });
  assert.deepEqual(
    found.map((f) => [f.key, f.line, f.start, f.end, f.painted]),
    [
      ['bridge/virbr0', 1, 38, 44, false],
      ['bridge/virbr0', 2, 0, 6, true],
      ['interface/vnet1', 2, 28, 33, true],
      ['bridge/br0', 6, 16, 19, true],
    ],
  );
  // Listings the highlighter does not overlay still name entities, unpainted.
  assert.deepEqual(
    findListingEntities({ lang: 'yaml', lines: ['bridge: br0'] }).map((f) => [f.key, f.painted]),
    [['bridge/br0', false]],
  );
});

test('the diagram reader sees what Graphviz sees: node names and labels, cluster and edge labels', async () => {
  const graphviz = await Graphviz.load();
  const diagrams = [
    ...readPosts().flatMap((post) => post.listings.filter((listing) => listing.lang === 'dot').map((listing) => listing.lines.join('\n'))),
    'digraph { rankdir=LR; vm -> vnet0 -> br0 -> bond0 -> eth2; bond0 -> eth3; }',
    `strict graph "g" {
  // a comment with br9 in it
  /* and eth9 */
  node [label="default"];
  a [label="eth0"]; "b c" [label=<<b>bond0</b> on <i>eth1</i>>];
  subgraph cluster_x { label="bridge br0"; d; } { e f } -- g [label="vlan 10"];
  a:p1 -- "b c":sw;
  h [label="\\N is vnet3"]
}`,
  ];
  for (const source of diagrams) {
    const layout = JSON.parse(graphviz.layout(source, 'json', 'nop')) as { objects?: Array<{ name: string; label?: string; nodes?: number[] }> };
    const graphvizNodes = (layout.objects ?? [])
      .filter((object) => !object.nodes)
      .map((object) => object.name)
      .sort();
    const ours = diagramTexts(source);
    assert.deepEqual(
      ours
        .filter((item) => item.item === 'node')
        .map((item) => item.id)
        .sort(),
      graphvizNodes,
      source,
    );
    // The text each node shows, as Graphviz reads its label (HTML labels aside).
    const shownByGraphviz = (layout.objects ?? [])
      .filter((object) => !object.nodes && !object.label?.startsWith('<'))
      .map(
        (object) =>
          `${object.name}=${(object.label ?? '\\N')
            .replaceAll('\\N', object.name)
            .replace(/\\[nlr]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()}`,
      )
      .sort();
    const shownByUs = ours
      .filter((item) => item.item === 'node' && shownByGraphviz.some((s) => s.startsWith(`${item.id}=`)))
      .map((item) => `${item.id}=${item.text}`)
      .sort();
    assert.deepEqual(shownByUs, shownByGraphviz, source);
    const graphvizClusters = (layout.objects ?? [])
      .filter((object) => object.nodes && object.name.startsWith('cluster') && object.label)
      .map((object) => object.name)
      .sort();
    assert.deepEqual(
      ours
        .filter((item) => item.item === 'cluster')
        .map((item) => item.id)
        .sort(),
      graphvizClusters,
      source,
    );
  }
  const tricky = diagramTexts(diagrams.at(-1)!);
  // Labelled by `node [label="default"]`, as Graphviz draws them.
  assert.deepEqual(tricky.find((item) => item.id === 'd')?.text, 'default');
  assert.deepEqual(tricky.find((item) => item.id === 'b c')?.text, 'bond0 on eth1');
  assert.deepEqual(tricky.find((item) => item.id === 'h')?.text, 'h is vnet3');
  assert.deepEqual(
    findDiagramEntities(diagrams.at(-1)!).map((found) => `${found.item}:${found.key}`),
    [
      'node:interface/eth0',
      'node:bond/bond0',
      'node:interface/eth1',
      'node:interface/vnet3',
      'cluster:bridge/br0',
      // { e f } -- g: two edges, each with the label.
      'edge:vlan/10',
      'edge:vlan/10',
    ],
  );
});

/** `line:text` of every span the highlighter painted as an interface, address or MAC. */
function paintedTexts(html: string): string[] {
  const classes = (element: Element) => (element.properties.className as string[] | undefined) ?? [];
  const texts: string[] = [];
  let line = 0;
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    if (classes(element).includes('line')) line++;
    else if (classes(element).some((c) => c === 'c-iface' || c === 'c-addr' || c === 'c-mac')) {
      texts.push(`${line}:${element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')}`);
    }
  });
  return texts;
}

test('what the finder calls painted is what the highlighter paints, line by line, in the networking post', async () => {
  const post = readPostFile(`${POSTS_DIR}/networking-exploration-nutanix-ahv.mdx`);
  let checked = 0;
  for (const listing of post.listings.filter((l) => l.lang !== 'dot')) {
    const paintedSpans = paintedTexts(await highlightFence({ lang: listing.lang, meta: listing.meta, code: listing.lines.join('\n') }));
    for (const found of findListingEntities(listing).filter((f) => f.painted && !f.implied)) {
      assert.ok(paintedSpans.includes(`${found.line}:${found.text}`), `${listing.meta}: ${found.line}:${found.text} is not painted`);
      assert.equal(listing.lines[found.line - 1]!.slice(found.start, found.end), found.text);
      checked++;
    }
  }
  assert.ok(checked > 50, `only ${checked} painted occurrences checked`);
});
