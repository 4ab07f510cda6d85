/**
 * Marks each node, cluster and edge of a drawn diagram with the network names
 * its text shows, `<g class="node" data-entity="bridge/br0">`, so the post page
 * can mark the br0 node when a reader points at br0 in a listing. Graphviz
 * names each group (a node's or cluster's name, an edge's `tail->head`;
 * graphviz.node.ts reads them), which is how find-entities.ts's places are
 * matched to the drawing. The page keeps only the names that have an entity
 * page (entity-links-html.ts).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { DiagramGroup } from '../diagrams/graphviz.node.ts';
import { entityPathKey } from './entity.ts';
import { findDiagramEntities } from './find-entities.ts';

/** An edge's name in either spelling: `a -> b` (diagram-text.ts), `a->b` or `a--b` (Graphviz). */
const groupKey = (item: string, name: string) => `${item} ${item === 'edge' ? name.replace(/\s*(?:->|--)\s*/, '->') : name}`;

/**
 * Adds `data-entity` to each group of the diagram's SVG whose text names an entity: `groups` are the drawing's
 * groups in document order (renderDiagram), `source` the DOT it was drawn from.
 */
export function markDiagramEntities(svg: ElementContent[], groups: readonly DiagramGroup[], source: string): void {
  const keysByGroup = new Map<string, string[]>();
  for (const { item, id, key } of findDiagramEntities(source)) {
    const keys = keysByGroup.get(groupKey(item, id)) ?? [];
    const pathKey = entityPathKey(key);
    if (!keys.includes(pathKey)) keys.push(pathKey);
    keysByGroup.set(groupKey(item, id), keys);
  }
  if (keysByGroup.size === 0) return;
  let index = 0;
  visit({ type: 'root', children: svg } as Root, 'element', (element: Element) => {
    const classes = element.properties['className'];
    if (element.tagName !== 'g' || !Array.isArray(classes) || !classes.some((c) => c === 'node' || c === 'cluster' || c === 'edge')) return;
    const group = groups[index++];
    const keys = group && keysByGroup.get(groupKey(group.item, group.name));
    if (keys) element.properties['dataEntity'] = keys.join(' ');
  });
}
