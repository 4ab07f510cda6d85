/**
 * ```dot fences become diagrams (src/diagrams/graphviz.ts), not code:
 *
 *   <figure class="diagram">
 *     <svg role="img" aria-labelledby="…-alt" aria-describedby="…-text">…</svg>
 *     <details><summary>The diagram in words</summary><p id="…-alt">alt</p><ul id="…-text">connections</ul></details>
 *     <figcaption>caption</figcaption>
 *   </figure>
 *
 * `alt="…"` (what the diagram shows) and `caption="…"` are required: a
 * diagram without them fails the build, as an image without alt text would.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { LanguageRegistration, ShikiTransformer } from 'shiki';
import { fromHtml } from 'hast-util-from-html';
import { blockFacts, fenceMetaOf } from '../block-context.ts';
import { renderDiagram } from '../../diagrams/graphviz.ts';

export const DIAGRAM_LANGS = new Set(['dot', 'graphviz']);

/** Shiki ships no DOT grammar; registering an empty one keeps the fence's language instead of "plaintext". */
export const dotLanguage: LanguageRegistration = { name: 'dot', scopeName: 'source.dot', aliases: ['graphviz'], patterns: [], repository: {} };

function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

export function transformerDiagram(): ShikiTransformer {
  return {
    name: 'site:diagram',
    enforce: 'post',
    preprocess(_code, options) {
      // Nothing to highlight: skip tokenising the DOT source.
      if (DIAGRAM_LANGS.has(options.lang)) options.lang = 'text';
    },
    root(root: Root) {
      if (!DIAGRAM_LANGS.has(blockFacts(this).lang ?? '')) return;
      const meta = fenceMetaOf(this);
      if (!meta.alt || !meta.caption) {
        throw new Error('diagram: a ```dot fence needs alt="what the diagram shows" and caption="…"');
      }
      const { id, svg, facts } = renderDiagram(this.source);
      const labelled = svg.replace('<svg ', `<svg role="img" aria-labelledby="${id}-alt" aria-describedby="${id}-text" `);
      const groups = new Map<string, string[]>();
      for (const connection of facts.connections) {
        const key = connection.group ?? '';
        groups.set(key, [...(groups.get(key) ?? []), connection.text]);
      }
      const items: ElementContent[] = [...groups].map(([group, lines]) =>
        group
          ? el('li', {}, [text(`${group}:`), el('ul', {}, lines.map((line) => el('li', {}, [text(line)])))])
          : el('li', {}, [text(lines.join('; '))]),
      );
      root.children = [
        el('figure', { className: ['diagram'] }, [
          ...(fromHtml(labelled, { fragment: true, space: 'svg' }).children as ElementContent[]),
          el('details', { className: ['diagram-text'] }, [
            el('summary', {}, [text('The diagram in words')]),
            el('p', { id: `${id}-alt` }, [text(meta.alt)]),
            el('ul', { id: `${id}-text` }, items),
          ]),
          el('figcaption', {}, [text(meta.caption)]),
        ]),
      ];
      return root;
    },
  };
}
