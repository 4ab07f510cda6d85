import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagramError, renderDiagram } from '../../src/diagrams/graphviz.node.ts';
import { readPosts } from '../support/posts.ts';

const diagrams = readPosts().flatMap((post) =>
  post.listings.filter((l) => l.lang === 'dot').map((l) => ({ post: post.id, source: l.lines.join('\n'), meta: l.meta })),
);

test('every diagram in the posts renders to a clean inline SVG', () => {
  assert.equal(diagrams.length, 7);
  const ids = new Set<string>();
  for (const { post, source, meta } of diagrams) {
    assert.match(meta, /alt="[^"]{40,}"/, `${post}: alt text`);
    assert.match(meta, /caption="[^"]+"/, `${post}: caption`);
    const { id, svg, facts } = renderDiagram(source);
    assert.ok(!ids.has(id), 'ids are unique');
    ids.add(id);
    assert.match(svg, new RegExp(`^<svg id="${id}" class="diagram-svg" width="\\d+"`));
    assert.doesNotMatch(svg, /<\?xml|<!DOCTYPE|<!--|<title>|height="[\d.]+pt"|style=/);
    assert.equal(svg.match(/ id="/g)?.length, 1, 'only the root keeps an id, so diagrams on one page do not clash');
    assert.ok(facts.connections.length >= 3, `${post}: connections`);
  }
});

test('the text alternative follows the edges and their clusters', () => {
  const { facts } = renderDiagram('digraph { subgraph cluster_cvm { label="CVM"; eth0; } eth0 -> vnet0 [label="virtio"]; vnet0 -> br0 }');
  assert.deepEqual(facts.connections, [
    { group: 'CVM', text: 'eth0 → vnet0 (virtio)' },
    { group: undefined, text: 'vnet0 → br0' },
  ]);
});

test('a broken source is an error that gives the line', () => {
  assert.throws(
    () => renderDiagram('digraph {\n  a -> b;\n  b -> ;\n}'),
    (error: unknown) => error instanceof DiagramError && /syntax error in line 3/.test(error.message),
  );
});
