/**
 * The marks a post page follows a name by: where the highlighter marks each
 * name (entity-marks-transformer.ts), which diagram groups show it
 * (diagram-marks-transformer.ts), and how the page links them (entity-links-html.ts).
 * On the real posts, through the site's real Shiki config and Graphviz.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { entityNameOfSlug, entityPathKey, parseEntityKey, type EntityKind } from '../../../src/network-names/entity.ts';
import { entityHrefs, linkEntities } from '../../../src/network-names/entity-links-html.ts';
import { listingMarks } from '../../../src/network-names/entity-marks-transformer.ts';
import { postEntities } from '../../../src/network-names/post-entities.ts';
import { entityPages } from '../../../src/network-names/entity-pages.ts';
import { codeBlockTransformers } from '../../../src/markdown/code-block-pipeline.ts';
import { highlightFence } from '../../support/highlight.ts';
import { POSTS_DIR, readPostFile, readPosts } from '../../support/posts.ts';

const networking = readPostFile(`${POSTS_DIR}/networking-exploration-nutanix-ahv.mdx`);
const fenceOf = (listing: { lang: string; meta: string; lines: string[] }) => ({ lang: listing.lang, meta: listing.meta, code: listing.lines.join('\n') });
const classes = (element: Element) => (element.properties['className'] as string[] | undefined) ?? [];

/** Each key's places in one rendered listing or diagram: the marks' keys and `also` keys, the diagram groups' keys. */
function placesIn(html: string): Map<string, number> {
  const places = new Map<string, number>();
  const count = (keys: string[]) => keys.forEach((key) => places.set(key, (places.get(key) ?? 0) + 1));
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    if (element.tagName === 'entity-ref')
      count([
        String(element.properties['dataK']),
        ...String(element.properties['dataAlso'] ?? '')
          .split(' ')
          .filter(Boolean),
      ]);
    else if (element.tagName === 'g' && element.properties['dataEntity']) count(String(element.properties['dataEntity']).split(' '));
  });
  return places;
}

test('every place of every name in the networking post is marked once, where the finder counts it: listings and the diagram', async () => {
  const rendered = new Map<string, number>();
  for (const listing of networking.listings) {
    for (const [key, n] of placesIn(await highlightFence(fenceOf(listing)))) rendered.set(key, (rendered.get(key) ?? 0) + n);
  }
  const counted = new Map(postEntities(networking.parsed).map(({ key, occurrences }) => [entityPathKey(key), occurrences.length]));
  assert.deepEqual(Object.fromEntries([...rendered].sort()), Object.fromEntries([...counted].sort()));
  assert.equal(rendered.get('bridge/br0'), 12);
});

test("a mark holds the name as written and nothing else; the listing's text is unchanged by the marks", async () => {
  const without = codeBlockTransformers().filter((t) => t.name !== 'site:entity-marks');
  let marks = 0;
  for (const listing of networking.listings.filter((l) => l.lang !== 'dot')) {
    const html = await highlightFence(fenceOf(listing));
    const tree = fromHtml(html, { fragment: true });
    const unmarked = fromHtml(await highlightFence(fenceOf(listing), without), { fragment: true });
    assert.equal(toString(tree), toString(unmarked), listing.meta);
    const byLine = listingMarks(listing.lang, listing.lines.join('\n'));
    let line = -1;
    visit(tree, 'element', (element: Element) => {
      if (classes(element).includes('line')) line++;
      if (element.tagName !== 'entity-ref') return;
      const text = toString(element);
      const mark = byLine.get(line)?.find((m) => listing.lines[line]!.slice(m.start, m.end) === text);
      assert.ok(mark, `${listing.meta} line ${line + 1}: "${text}" is marked where no name is`);
      assert.equal(String(element.properties['dataK']), mark.key);
      marks++;
    });
  }
  assert.ok(marks > 80, `${marks} marks`);
});

test('a VLAN sub-interface is one mark that also names its parent and its VLAN', () => {
  const marks = listingMarks('ifconfig', 'eth2.32   Link encap:Ethernet  HWaddr 0C:C4:7A:58:91:50');
  assert.deepEqual(marks.get(0), [
    { start: 0, end: 7, key: 'interface/eth2.32', also: ['interface/eth2', 'vlan/32'] },
    { start: 38, end: 55, key: 'mac/0c-c4-7a-58-91-50', also: [] },
  ]);
});

test('the page links the marks of names with a page and drops the rest, text kept; diagram groups keep only those names', () => {
  const hrefs = entityHrefs([
    { kind: 'bridge', name: 'br0', slug: 'br0' },
    { kind: 'interface', name: 'eth2', slug: 'eth2' },
  ]);
  const html =
    '<span class="line"><entity-ref data-k="bridge/br0"><span class="c-iface">br0</span></entity-ref> ' +
    '<entity-ref data-k="interface/vnet9">vnet9</entity-ref> <entity-ref data-k="interface/eth2.32" data-also="interface/eth2 vlan/32">eth2.32</entity-ref></span>' +
    '<svg><g class="node" data-entity="bridge/br0 address/10.0.0.1"></g><g class="node" data-entity="vlan/7"></g></svg>';
  assert.equal(
    linkEntities(html, hrefs),
    '<span class="line"><a class="entity" href="/entities/bridge/br0/" tabindex="-1"><span class="c-iface">br0</span></a> vnet9 eth2.32</span>' +
      '<svg><g class="node" data-entity="bridge/br0"></g><g class="node"></g></svg>',
  );
  // With eth2.32's own page, the mark is a link that also names eth2 (vlan/32 has no page here).
  hrefs.set('interface/eth2.32', '/entities/interface/eth2.32/');
  assert.match(linkEntities(html, hrefs), /<a class="entity" href="\/entities\/interface\/eth2\.32\/" tabindex="-1" data-also="interface\/eth2">eth2\.32<\/a>/);
  // `entities: false`: no links at all.
  assert.doesNotMatch(linkEntities(html, new Map()), /<a |entity-ref|data-entity/);
});

test("a name comes back from its page's URL segment for every entity page of the site", () => {
  const pages = entityPages(readPosts().map((post) => ({ id: post.id, title: post.id, entities: true, body: post.parsed })));
  assert.ok(pages.length > 15);
  for (const page of pages) {
    const { kind, name } = parseEntityKey(page.key);
    assert.equal(entityNameOfSlug(kind as EntityKind, page.slug), name, page.key);
  }
  assert.equal(entityNameOfSlug('mac', '52-54-00-9c-d8-cd'), '52:54:00:9c:d8:cd');
  assert.equal(entityNameOfSlug('prefix', '2001-db8--_32'), '2001:db8::/32');
  assert.equal(entityNameOfSlug('interface', 'br0-arp'), 'br0-arp');
});
