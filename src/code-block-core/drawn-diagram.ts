/**
 * What the diagram plugin drew for a block, for the plugins that run after
 * it: the network names mark the drawing's groups (src/network-names/).
 * Per block, keyed on Shiki's `meta` object as block-state.ts is. It is the
 * one piece of block state two plugins share, so it lives in the core: the
 * diagrams write it, others read it, and neither imports the other.
 */
import type { ShikiTransformerContextMeta } from 'shiki';

/** A node, cluster or edge group of the drawing, by the name Graphviz gave it (a node's name, an edge's `a->b`). */
export interface DiagramGroup {
  item: 'node' | 'cluster' | 'edge';
  name: string;
}

export interface DrawnDiagram {
  /** The `<g class="node|cluster|edge">` groups of the block's SVG, in document order. */
  groups: readonly DiagramGroup[];
}

const drawings = new WeakMap<object, DrawnDiagram>();

export function recordDrawnDiagram(context: { meta: ShikiTransformerContextMeta }, diagram: DrawnDiagram): void {
  drawings.set(context.meta, diagram);
}

/** The block's drawing; undefined for a block that is not a diagram, or before the diagram plugin ran. */
export function drawnDiagramOf(context: { meta: ShikiTransformerContextMeta }): DrawnDiagram | undefined {
  return drawings.get(context.meta);
}
