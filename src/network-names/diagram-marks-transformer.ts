/**
 * Marks each node, cluster and edge of a drawn diagram with the network names
 * its text shows, `<g class="node" data-entity="bridge/br0">`, so the post page
 * can mark the br0 node when a reader points at br0 in a listing. Graphviz
 * names each group (a node's or cluster's name, an edge's `tail->head`), and
 * the diagram plugin records them in the core (drawn-diagram.ts), which is
 * how find-entities.ts's places are matched to the drawing. It runs after the
 * diagram plugin has replaced the block with its figure. The page keeps only
 * the names that have an entity page (entity-links-html.ts).
 */
import type { Element, Root } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { visit } from 'unist-util-visit';
import { drawnDiagramOf } from '../code-block-core/drawn-diagram.ts';
import { isDiagramLang } from '../code-block-core/fence-languages.ts';
import { entityPathKey } from './entity.ts';
import { findDiagramEntities } from './find-entities.ts';

/** An edge's name in either spelling: `a -> b` (diagram-text.ts), `a->b` or `a--b` (Graphviz). */
const groupKey = (item: string, name: string) => `${item} ${item === 'edge' ? name.replace(/\s*(?:->|--)\s*/, '->') : name}`;

const isGroup = (element: Element) => {
  const classes = element.properties['className'];
  return element.tagName === 'g' && Array.isArray(classes) && classes.some((c) => c === 'node' || c === 'cluster' || c === 'edge');
};

export function transformerDiagramMarks(): ShikiTransformer {
  return {
    name: 'site:diagram-marks',
    root(root: Root) {
      const drawing = isDiagramLang(this.options.lang) ? drawnDiagramOf(this) : undefined;
      if (!drawing) return;
      const keysByGroup = new Map<string, string[]>();
      for (const { item, id, key } of findDiagramEntities(this.source)) {
        const keys = keysByGroup.get(groupKey(item, id)) ?? [];
        const pathKey = entityPathKey(key);
        if (!keys.includes(pathKey)) keys.push(pathKey);
        keysByGroup.set(groupKey(item, id), keys);
      }
      if (keysByGroup.size === 0) return;
      let index = 0;
      visit(root, 'element', (element: Element) => {
        if (!isGroup(element)) return;
        const group = drawing.groups[index++];
        const keys = group && keysByGroup.get(groupKey(group.item, group.name));
        if (keys) element.properties['dataEntity'] = keys.join(' ');
      });
    },
  };
}
