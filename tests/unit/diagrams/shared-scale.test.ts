/** One scale for all the diagrams of a post (src/diagrams/shared-scale.ts), on the posts' real diagrams. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDiagram } from '../../../src/diagrams/graphviz.node.ts';
import { sharedScaleAttributes, widestDiagram } from '../../../src/diagrams/shared-scale.ts';
import { readPosts } from '../../support/posts.ts';

const diagrams = readPosts().flatMap((post) =>
  post.listings.filter((l) => l.lang === 'dot').map((l) => ({ post: post.id, source: l.lines.join('\n'), meta: l.meta })),
);

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
