/**
 * ```dot fences become diagrams (graphviz.ts), not code:
 *
 *   <figure class="diagram">
 *     <div class="diagram-scroll" role="group" aria-label="caption">     ← scrolls on a phone (diagram-fit.client.ts)
 *       <svg role="img" aria-labelledby="…-alt" aria-describedby="…-text">…</svg>
 *     </div>
 *     <button data-diagram-open hidden>Open the diagram full size</button>   ← shown by diagram-viewer.client.ts
 *     <details><summary>The diagram in words</summary><p id="…-alt">alt</p><ul id="…-text">connections</ul></details>
 *     <figcaption>caption</figcaption>
 *   </figure>
 *
 * `alt="…"` (what the diagram shows) and `caption="…"` are required: a
 * diagram without them fails the build, as an image without alt text would.
 * The button stays hidden without JavaScript: the viewer it opens is a script.
 */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { ShikiTransformer } from 'shiki';
import { fromHtml } from 'hast-util-from-html';
import { fenceMetaOf } from '../code-block-core/fence-meta.ts';
import { isDiagramLang } from '../code-block-core/fence-languages.ts';
import { renderDiagram } from './graphviz.node.ts';
import { recordDrawnDiagram } from '../code-block-core/drawn-diagram.ts';

export function transformerDiagram(): ShikiTransformer {
  return {
    name: 'site:diagram',
    root(root: Root) {
      if (!isDiagramLang(this.options.lang)) return;
      const meta = fenceMetaOf(this);
      if (!meta.alt || !meta.caption) {
        throw new Error('diagram: a ```dot fence needs alt="what the diagram shows" and caption="…"');
      }
      const { id, svg, facts, groups: drawnGroups } = renderDiagram(this.source);
      const labelled = svg.replace('<svg ', `<svg role="img" aria-labelledby="${id}-alt" aria-describedby="${id}-text" `);
      const groups = new Map<string, string[]>();
      for (const connection of facts.connections) {
        const key = connection.group ?? '';
        groups.set(key, [...(groups.get(key) ?? []), connection.text]);
      }
      const items = [...groups].map(([group, lines]) =>
        group
          ? h('li', [
              `${group}:`,
              h(
                'ul',
                lines.map((line) => h('li', line)),
              ),
            ])
          : h('li', lines.join('; ')),
      );
      const drawing = fromHtml(labelled, { fragment: true, space: 'svg' }).children as ElementContent[];
      // For the plugins after this one: the network names mark the drawing's groups (src/network-names/).
      recordDrawnDiagram(this, { groups: drawnGroups });
      root.children = [
        h('figure.diagram', [
          h('div.diagram-scroll', { role: 'group', ariaLabel: meta.caption }, drawing),
          h('button.diagram-open', { type: 'button', hidden: true, dataDiagramOpen: '', dataPagefindIgnore: '' }, 'Open the diagram full size'),
          h('details.diagram-text', [h('summary', 'The diagram in words'), h('p', { id: `${id}-alt` }, meta.alt), h('ul', { id: `${id}-text` }, items)]),
          h('figcaption', meta.caption),
        ]),
      ];
      return root;
    },
  };
}
