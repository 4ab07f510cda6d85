/** Edge labels get a margin (src/diagrams/edge-labels.ts), so edges run beside them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDiagram } from '../../../src/diagrams/graphviz.node.ts';
import { EDGE_LABEL_PADDING, padEdgeLabels } from '../../../src/diagrams/edge-labels.ts';
import { readPosts } from '../../support/posts.ts';

const diagrams = readPosts().flatMap((post) =>
  post.listings.filter((l) => l.lang === 'dot').map((l) => ({ post: post.id, source: l.lines.join('\n'), meta: l.meta })),
);

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
