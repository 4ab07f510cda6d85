/**
 * One scale for all the diagrams of a post. Each diagram's SVG is as wide as
 * Graphviz drew it (graphviz.node.ts: 1 pt = 4/3 px, so 12 pt labels are 16
 * px) and shrinks to the column when wider (diagram.css: max-width: 100%). On
 * its own, that scales each diagram by its own width: on one page, labels
 * read 16 px in a narrow diagram and 11 px in a wide one.
 *
 * So every diagram of a post is given the width of the post's widest: its
 * viewBox grows to that width, its drawing centred in it, and its width
 * attribute is that width in px. All then shrink together, by the same
 * factor: the same px per point, so the same label size, at any column width,
 * and none is ever drawn larger than Graphviz's natural size. Its own size is
 * kept in data-natural-width and data-natural-view-box, from which the
 * full-size viewer (diagram-viewer.client.ts) shows the drawing without the
 * margins.
 *
 * Shrinking stops where the post's smallest label would fall under
 * READABLE_LABEL_PX: each diagram gets data-min-width, the narrowest it may be
 * drawn, which the page applies (diagram-fit.client.ts); past it, the diagram
 * scrolls sideways in its box. Every diagram of the post stops at the same
 * scale, so their labels stay alike there too.
 *
 * It needs every diagram of the post at once, so it runs on the whole
 * document after Shiki has drawn them: a hast plugin of Astro's Markdown
 * processor (Sätteri), added by src/markdown/markdown-integration.ts.
 */

import { DIAGRAM_LANGS } from '../code-block-core/fence-languages.ts';

/** A fence that may be a diagram: the cheap test that spares other documents a pass. */
const DIAGRAM_FENCE = new RegExp(`(?:\x60{3,}|~{3,})[ \\t]*(?:${[...DIAGRAM_LANGS].join('|')})\\b`);

/** What the plugin reads and writes of an element (a hast element, as Sätteri hands it over). */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

interface PluginContext {
  setProperty(node: Node, key: string, value: unknown): void;
}

/** The shape of a Sätteri hast plugin, as far as this one uses it. */
export interface DiagramScalePlugin {
  name: string;
  before(root: Node): void;
  element: { filter: string[]; visit(node: Node, ctx: PluginContext): void };
}

export interface DiagramSize {
  /** The width attribute, in CSS px. */
  width: number;
  /** The viewBox, in points: x, y, width, height. */
  viewBox: [number, number, number, number];
}

/** The smallest a label may be drawn, in CSS px, on any screen: a phone's column shrinks a diagram no further. */
export const READABLE_LABEL_PX = 11;

/** The narrowest a diagram `width` px wide may be drawn, when its smallest label is `smallestLabel` units of a viewBox drawn at `pxPerUnit`. */
export function readableMinWidth(width: number, pxPerUnit: number, smallestLabel: number): number {
  return Math.ceil((width * READABLE_LABEL_PX) / (smallestLabel * pxPerUnit));
}

/** The smallest font size of the text under `node`, in its viewBox's units (Graphviz writes one on each label). */
function smallestLabelIn(node: Node): number {
  let smallest = Infinity;
  const size = Number(node.properties?.['fontSize']);
  if (node.tagName === 'text' && size > 0) smallest = size;
  for (const child of node.children ?? []) smallest = Math.min(smallest, smallestLabelIn(child));
  return smallest;
}

/** A diagram's attributes on a post whose widest diagram is `widest`; undefined when it is the widest. */
export function sharedScaleAttributes(size: DiagramSize, widest: DiagramSize): Record<string, string> | undefined {
  const [x, y, width, height] = size.viewBox;
  const room = widest.viewBox[2] - width;
  if (room <= 0) return undefined;
  const round = (n: number) => String(Math.round(n * 100) / 100);
  return {
    width: String(widest.width),
    viewBox: [x - room / 2, y, widest.viewBox[2], height].map(round).join(' '),
    dataNaturalWidth: String(size.width),
    dataNaturalViewBox: size.viewBox.map(round).join(' '),
  };
}

/** The widest of a post's diagrams. */
export function widestDiagram(sizes: DiagramSize[]): DiagramSize | undefined {
  return sizes.reduce<DiagramSize | undefined>((widest, size) => (!widest || size.viewBox[2] > widest.viewBox[2] ? size : widest), undefined);
}

function isDiagram(node: Node): boolean {
  const className = node.properties?.['className'];
  return (
    node.tagName === 'svg' &&
    (Array.isArray(className)
      ? className.includes('diagram-svg')
      : String(className ?? '')
          .split(' ')
          .includes('diagram-svg'))
  );
}

function sizeOf(node: Node): DiagramSize | undefined {
  const width = Number(node.properties?.['width']);
  const viewBox = String(node.properties?.['viewBox'] ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!(width > 0) || viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n)) || !(viewBox[2]! > 0)) return undefined;
  return { width, viewBox: viewBox as DiagramSize['viewBox'] };
}

/** The diagrams under `node`; a listing (`pre`) holds none, and most of a post's elements are its tokens, so it is skipped. */
function diagramsIn(node: Node, found: Node[] = []): Node[] {
  if (node.type === 'element' && isDiagram(node)) found.push(node);
  else if (node.tagName !== 'pre') for (const child of node.children ?? []) diagramsIn(child, found);
  return found;
}

/**
 * The plugin, made anew for each document (Sätteri calls the factory per
 * compile), so the widest diagram is the document's own; documents without
 * a diagram fence skip it.
 */
export function diagramScalePlugin(): (document: { source: string }) => DiagramScalePlugin | null {
  return ({ source }) => {
    if (!DIAGRAM_FENCE.test(source)) return null;
    let widest: DiagramSize | undefined;
    let smallestLabel = Infinity;
    return {
      name: 'site:diagram-scale',
      before(root) {
        const diagrams = diagramsIn(root);
        widest = widestDiagram(diagrams.map(sizeOf).filter((size) => size !== undefined));
        smallestLabel = Math.min(...diagrams.map(smallestLabelIn));
      },
      element: {
        filter: ['svg'],
        visit(node, ctx) {
          const size = isDiagram(node) ? sizeOf(node) : undefined;
          if (!size || !widest) return;
          const attributes = sharedScaleAttributes(size, widest);
          if (attributes) for (const [key, value] of Object.entries(attributes)) ctx.setProperty(node, key, value);
          // Drawn at the widest's px per unit, as every diagram of the post now is.
          if (Number.isFinite(smallestLabel))
            ctx.setProperty(node, 'dataMinWidth', String(readableMinWidth(widest.width, widest.width / widest.viewBox[2], smallestLabel)));
        },
      },
    };
  };
}
