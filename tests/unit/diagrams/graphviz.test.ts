import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagramError, renderDiagram } from '../../../src/diagrams/graphviz.node.ts';
import { EDGE_LABEL_PADDING, padEdgeLabels } from '../../../src/diagrams/edge-labels.ts';
import { sharedScaleAttributes, widestDiagram } from '../../../src/diagrams/shared-scale.ts';
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
  const ids = new Set<string>();
  for (const { post, source, meta } of diagrams) {
    // Both are required by the build (src/diagrams/diagram-transformer.ts).
    assert.match(meta, /alt="[^"]+"/, `${post}: alt text`);
    assert.match(meta, /caption="[^"]+"/, `${post}: caption`);
    const { id, svg } = renderDiagram(source);
    assert.ok(!ids.has(id), 'ids are unique');
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

test('edge labels get a margin, so edges run beside them, not through them', () => {
  const padded = (label: string) => `<<table border="0" cellborder="0" cellspacing="0" cellpadding="${EDGE_LABEL_PADDING}"><tr><td>${label}</td></tr></table>>`;
  assert.equal(padEdgeLabels('digraph { a -> b [label="tagged"]; }'), `digraph { a -> b [label=${padded('tagged')}]; }`);
  // Line breaks, escapes, the `edge` defaults, an unquoted id, several attribute lists, no semicolons.
  assert.equal(
    padEdgeLabels('digraph {\n  edge [label=runs]\n  a -> b [color=red][label="x < y & \\"z\\"\\nnext"]\n  c [label="a node"]\n}'),
    `digraph {\n  edge [label=${padded('runs')}]\n  a -> b [color=red][label=${padded('x &lt; y &amp; &quot;z&quot;<br/>next')}]\n  c [label="a node"]\n}`,
  );
  // Left as they are: node, cluster and graph labels, HTML labels, labels with escapes HTML has not, joined strings, comments.
  for (const source of [
    'digraph { subgraph cluster_a { label="A"; a [label="node"]; } label="G"; }',
    'digraph { a -> b [label=<<b>bold</b>>]; }',
    'digraph { a -> b [label="\\E"]; }',
    'digraph { a -> b [label="one" + "two"]; }',
    'digraph { // a -> b [label="x"]\n a -> b; }',
  ]) {
    assert.equal(padEdgeLabels(source), source);
  }
  // Every diagram of the posts has its edge labels padded, and reads the same in words.
  for (const { post, source } of diagrams.filter(({ source }) => /->[^\n]*label=/.test(source))) {
    const { svg, facts } = renderDiagram(source);
    assert.match(svg, /<g class="edge">(?:(?!<\/g>).)*<text/, `${post}: edge labels drawn`);
    assert.ok(
      facts.connections.some((c) => /\(.+\)$/.test(c.text) && !c.text.includes('<')),
      `${post}: labels in words are plain text`,
    );
  }
});

test('a syntax error after a rewritten label still names its own line', () => {
  assert.throws(
    () => renderDiagram('digraph {\n  a -> b [label="multi\\\nline"];\n  b -> ;\n}'),
    (error: unknown) => error instanceof DiagramError && /syntax error in line 4/.test(error.message),
  );
});

test("one scale for all the diagrams of a post: the same px per point, never more than Graphviz's natural 4/3", () => {
  const byPost = Map.groupBy(diagrams, (d) => d.post);
  for (const [post, ofPost] of byPost) {
    const rendered = ofPost.map(({ source }) => renderDiagram(source).svg);
    const sizes = rendered.map((svg) => {
      const viewBox = svg
        .match(/viewBox="([^"]+)"/)![1]!
        .split(' ')
        .map(Number) as [number, number, number, number];
      return { width: Number(svg.match(/ width="(\d+)"/)![1]), viewBox };
    });
    const widest = widestDiagram(sizes)!;
    const scaled = sizes.map((size) => {
      const attributes = sharedScaleAttributes(size, widest);
      return attributes
        ? { width: Number(attributes['width']), viewBox: attributes['viewBox']!.split(' ').map(Number), natural: attributes }
        : { ...size, natural: undefined };
    });
    const pxPerPoint = scaled.map((s) => s.width / s.viewBox[2]!);
    for (const ratio of pxPerPoint) assert.ok(Math.abs(ratio - pxPerPoint[0]!) < 0.002, `${post}: ${pxPerPoint.join(', ')}`);
    // The width is whole px (graphviz.node.ts rounds it): up to half a px over 4/3, which is a larger share of a small diagram.
    for (const s of scaled) assert.ok(s.width <= (s.viewBox[2]! * 4) / 3 + 0.5, `${post}: ${s.width} px for ${s.viewBox[2]} pt`);
    scaled.forEach((s, i) => {
      // The drawing keeps its height and sits in the middle of the widened box; the viewer gets its own size back.
      assert.equal(s.viewBox[3], sizes[i]!.viewBox[3]);
      assert.ok(Math.abs(s.viewBox[0]! + s.viewBox[2]! / 2 - sizes[i]!.viewBox[2] / 2) < 0.01, `${post}: centred`);
      if (s.natural) assert.equal(s.natural['dataNaturalWidth'], String(sizes[i]!.width));
    });
  }
  assert.equal(sharedScaleAttributes({ width: 400, viewBox: [0, 0, 300, 100] }, { width: 400, viewBox: [0, 0, 300, 100] }), undefined);
  assert.deepEqual(sharedScaleAttributes({ width: 200, viewBox: [0, 0, 150, 100] }, { width: 400, viewBox: [0, 0, 300, 80] }), {
    width: '400',
    viewBox: '-75 0 300 100',
    dataNaturalWidth: '200',
    dataNaturalViewBox: '0 0 150 100',
  });
});
