/**
 * Diagrams as code: Graphviz DOT rendered to inline SVG at build time, by
 * Graphviz itself compiled to WebAssembly (@hpcc-js/wasm-graphviz). No
 * browser, no client JavaScript, no network. Colours are not baked in: the
 * SVG keeps Graphviz's classes (graph, cluster, node, edge, plus any `class`
 * the author sets) and src/styles/diagram.css paints them for both schemes.
 */
import { createHash } from 'node:crypto';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { decodeHTML } from 'entities';
import type { DiagramGroup } from '../code-block-core/drawn-diagram.ts';
import { padEdgeLabels } from './edge-labels.ts';

const graphviz = await Graphviz.load();

/** Defaults every diagram starts from; the author's DOT can override them. */
const DEFAULTS = 'graph [fontname="Helvetica" fontsize=12 pad=0.1]; node [fontname="Helvetica" fontsize=12]; edge [fontname="Helvetica" fontsize=11];';

export class DiagramError extends Error {}

export interface DiagramFacts {
  /** One line per connection, "A → B (label)", grouped under the cluster the edge starts in. */
  connections: Array<{ group: string | undefined; text: string }>;
}

interface LayoutObject {
  name: string;
  label?: string;
  nodes?: number[];
  edges?: number[];
}
interface LayoutEdge {
  tail: number;
  head: number;
  label?: string;
}

function withDefaults(source: string): string {
  // After the opening brace of the (di)graph, so the author's own attributes come later and win.
  return source.replace(/^(\s*(?:strict\s+)?(?:di)?graph\b[^{]*\{)/, `$1 ${DEFAULTS}`);
}

function plainLabel(label: string | undefined, name: string): string {
  if (!label || label === '\\N') return name;
  return label
    .replace(/\\[nlr]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What the diagram says, as text: its connections, for screen readers and for
 * search. Read from Graphviz's JSON with the `nop` engine: the graph as
 * written, without laying it out again (a quarter of the time; same facts).
 */
function factsOf(source: string): DiagramFacts {
  const layout = JSON.parse(graphviz.layout(source, 'json', 'nop')) as { objects?: LayoutObject[]; edges?: LayoutEdge[]; directed?: boolean };
  const objects = layout.objects ?? [];
  const nodes = new Map<number, string>();
  const clusterOf = new Map<number, string>();
  objects.forEach((object, index) => {
    if (object.nodes) {
      // A subgraph: remember the innermost cluster label for its nodes.
      if (object.name.startsWith('cluster') && object.label) for (const n of object.nodes) clusterOf.set(n, plainLabel(object.label, object.name));
    } else {
      nodes.set(index, plainLabel(object.label, object.name));
    }
  });
  const arrow = layout.directed === false ? '—' : '→';
  const connections = (layout.edges ?? []).map((edge) => ({
    group: clusterOf.get(edge.tail),
    text: `${nodes.get(edge.tail)} ${arrow} ${nodes.get(edge.head)}${edge.label ? ` (${plainLabel(edge.label, '')})` : ''}`,
  }));
  return { connections };
}

/** Graphviz's SVG, cleaned for inlining: no prolog, comments, tooltips, fixed height or white background. */
function cleanSvg(svg: string, id: string): string {
  return (
    svg
      .replace(/<\?xml[^>]*>\s*/g, '')
      .replace(/<!DOCTYPE[^>]*>\s*/g, '')
      .replace(/<!--[\s\S]*?-->\s*/g, '')
      .replace(/<title>[^<]*<\/title>\s*/g, '')
      // Graphviz numbers its groups per diagram (graph0, node1): drop them, or two diagrams on a page clash.
      .replace(/ id="(?:graph|clust|node|edge|a_)[^"]*"/g, '')
      .replace(/<polygon fill="white" stroke="none"[^>]*\/>\s*/, '')
      .replace(/ xmlns:xlink="[^"]*"/, '')
      .replace(
        /<svg width="([\d.]+)pt" height="[\d.]+pt"/,
        (_, width: string) => `<svg id="${id}" class="diagram-svg" width="${Math.round(Number(width) * (4 / 3))}"`,
      )
      .replace(/>\s+</g, '><')
      .trim()
  );
}

/** The drawing's groups in document order, read from the `<title>` each begins with before cleanSvg drops it. */
function groupsOf(svg: string): DiagramGroup[] {
  return [...svg.matchAll(/<g id="[^"]*" class="([^"]*)">\s*<title>([^<]*)<\/title>/g)].flatMap(([, classes = '', title = '']) => {
    const item = (['node', 'cluster', 'edge'] as const).find((name) => classes.split(' ').includes(name));
    return item ? [{ item, name: decodeHTML(title) }] : [];
  });
}

export function renderDiagram(source: string): { id: string; svg: string; facts: DiagramFacts; groups: DiagramGroup[] } {
  const full = withDefaults(source);
  let svg: string;
  try {
    svg = graphviz.dot(padEdgeLabels(full));
  } catch (error) {
    throw new DiagramError(`diagram: ${(error as Error).message.trim()} (line 1 is the first line inside the \`\`\`dot fence)`);
  }
  if (!svg.includes('<svg')) throw new DiagramError('diagram: Graphviz produced no drawing');
  const id = `diagram-${createHash('sha1').update(source).digest('hex').slice(0, 8)}`;
  return { id, svg: cleanSvg(svg, id), facts: factsOf(full), groups: groupsOf(svg) };
}
