/**
 * The marks a post page follows a name by: where the highlighter marks each
 * name (entity-marks-transformer.ts) and which diagram groups show it
 * (diagram-marks-transformer.ts). How the page links them is
 * entity-links-html.test.ts. On the real posts, through the site's real
 * Shiki config and Graphviz.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { entityPathKey } from '../../../src/network-names/entity.ts';
import { listingMarks } from '../../../src/network-names/entity-marks-transformer.ts';
import { postEntities } from '../../../src/network-names/post-entities.ts';
import { codeBlockTransformers } from '../../../src/markdown/code-block-pipeline.ts';
import { highlightFence } from '../../support/highlight.ts';
import { POSTS_DIR, readPostFile } from '../../support/posts.ts';

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
