/** Diagrams rendered by Graphviz (src/diagrams/graphviz.node.ts): the posts' diagrams, their text alternative, and errors that name the line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagramError, renderDiagram } from '../../../src/diagrams/graphviz.node.ts';
import { MIGRATED_POSTS, readPosts } from '../../support/posts.ts';

const diagrams = readPosts().flatMap((post) =>
  post.listings.filter((l) => l.lang === 'dot').map((l) => ({ post: post.id, source: l.lines.join('\n'), meta: l.meta })),
);
/** The migrated posts' diagrams (tests/support/posts.ts), redrawn from the old blog's pictures. */
const migratedDiagrams = diagrams.filter((diagram) => diagram.post in MIGRATED_POSTS);

test('the migrated posts have their seven diagrams, each with a full alt text and three connections or more', () => {
  assert.equal(migratedDiagrams.length, 7);
  for (const { post, source, meta } of migratedDiagrams) {
    assert.match(meta, /alt="[^"]{40,}"/, `${post}: alt text`);
    assert.ok(renderDiagram(source).facts.connections.length >= 3, `${post}: connections`);
  }
});

test('every diagram in the posts renders to a clean inline SVG', () => {
  // Ids are unique on a page; two posts may draw the same diagram (an id is a digest of its source).
  const idsOfPost = new Map<string, Set<string>>();
  for (const { post, source, meta } of diagrams) {
    const ids = idsOfPost.get(post) ?? new Set<string>();
    idsOfPost.set(post, ids);
    // Both are required by the build (src/diagrams/diagram-transformer.ts).
    assert.match(meta, /alt="[^"]+"/, `${post}: alt text`);
    assert.match(meta, /caption="[^"]+"/, `${post}: caption`);
    const { id, svg } = renderDiagram(source);
    assert.ok(!ids.has(id), `${post}: ids are unique`);
    ids.add(id);
    assert.match(svg, new RegExp(`^<svg id="${id}" class="diagram-svg" width="\\d+"`));
    assert.doesNotMatch(svg, /<\?xml|<!DOCTYPE|<!--|<title>|height="[\d.]+pt"|style=/);
    assert.equal(svg.match(/ id="/g)?.length, 1, 'only the root keeps an id, so diagrams on one page do not clash');
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

test('a syntax error after a rewritten label still names its own line', () => {
  assert.throws(
    () => renderDiagram('digraph {\n  a -> b [label="multi\\\nline"];\n  b -> ;\n}'),
    (error: unknown) => error instanceof DiagramError && /syntax error in line 4/.test(error.message),
  );
});
