/**
 * Marks each network name in a listing where it is written, for the post page
 * to link (entity-links-html.ts) and the reader to follow (entity-marks.client.ts):
 *
 *   <entity-ref data-k="bridge/br0">…the name's token spans…</entity-ref>
 *   <entity-ref data-k="interface/eth2.32" data-also="interface/eth2 vlan/32">…</entity-ref>
 *
 * Which names have a page depends on every post, and a listing is highlighted
 * alone (and cached by its text), so the listing says only where the names
 * are; the page turns each mark into a link or drops it. The places are the
 * ones the entity pages count (find-entities.ts): one rule for both. A name
 * inside a longer one (eth2 in eth2.32) marks the longer one, as `data-also`.
 * The text is untouched: copy and selection read the same characters.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { ShikiTransformer } from 'shiki';
import { isDiagramLang } from '../code-block-core/fence-languages.ts';
import { createBlockState } from '../code-block-core/block-state.ts';
import { paintRanges } from '../code-block-core/themed-tokens.ts';
import { entityPathKey } from './entity.ts';
import { findListingEntities } from './find-entities.ts';

/** The element a mark is written as: no component of the site and no HTML element, so the page's rewrite is unambiguous. */
export const ENTITY_REF = 'entity-ref';

/** One marked name on a line: 0-based columns, `end` exclusive; keys as entityPathKey writes them. */
export interface LineMark {
  start: number;
  end: number;
  key: string;
  also: string[];
}

/** Each line's marks (0-based line index), from the listing's own text. */
export function listingMarks(lang: string, code: string): Map<number, LineMark[]> {
  const byLine = new Map<number, LineMark[]>();
  const found = findListingEntities({ lang, lines: code.split('\n') });
  for (const occurrence of found) {
    if (occurrence.implied) continue;
    const also = found
      .filter((o) => o.implied && o.line === occurrence.line && o.start >= occurrence.start && o.end <= occurrence.end)
      .map((o) => entityPathKey(o.key));
    const marks = byLine.get(occurrence.line - 1) ?? [];
    // Two names over one range (never from the patterns, but a mark inside a mark would nest): the first wins.
    if (marks.some((m) => m.start < occurrence.end && occurrence.start < m.end)) continue;
    marks.push({ start: occurrence.start, end: occurrence.end, key: entityPathKey(occurrence.key), also });
    byLine.set(occurrence.line - 1, marks);
  }
  return byLine;
}

/** A line's children cut so that every mark starts and ends between two of them; undefined when an element straddles one. */
function cutAtMarks(children: ElementContent[], marks: LineMark[]): Array<{ node: ElementContent; from: number; to: number }> | undefined {
  const edges = marks.flatMap((m) => [m.start, m.end]);
  const pieces: Array<{ node: ElementContent; from: number; to: number }> = [];
  let at = 0;
  for (const node of children) {
    const text = node.type === 'text' ? node.value : toString(node);
    const from = at;
    const to = at + text.length;
    at = to;
    const inside = [...new Set(edges.filter((edge) => edge > from && edge < to))].sort((a, b) => a - b);
    if (inside.length === 0) pieces.push({ node, from, to });
    else if (node.type === 'text') {
      for (const [i, cut] of [from, ...inside].entries()) {
        const end = inside[i] ?? to;
        pieces.push({ node: { type: 'text', value: text.slice(cut - from, end - from) }, from: cut, to: end });
      }
    } else return undefined;
  }
  return pieces;
}

function markLine(line: Element, marks: LineMark[]): void {
  const pieces = cutAtMarks(line.children, marks);
  if (!pieces) return;
  const children: ElementContent[] = [];
  for (let i = 0; i < pieces.length;) {
    const mark = marks.find((m) => m.start === pieces[i]!.from && m.end > m.start);
    const last = mark ? pieces.findIndex((p, j) => j >= i && p.to === mark.end) : -1;
    if (!mark || last === -1) {
      children.push(pieces[i]!.node);
      i++;
      continue;
    }
    const properties = mark.also.length > 0 ? { dataK: mark.key, dataAlso: mark.also.join(' ') } : { dataK: mark.key };
    children.push(
      h(
        ENTITY_REF,
        properties,
        pieces.slice(i, last + 1).map((p) => p.node),
      ),
    );
    i = last + 1;
  }
  line.children = children;
}

export function transformerEntityMarks(): ShikiTransformer {
  const state = createBlockState<{ marks?: Map<number, LineMark[]> }>(() => ({}));
  return {
    name: 'site:entity-marks',
    tokens(tokens) {
      if (isDiagramLang(this.options.lang)) return tokens;
      const marks = listingMarks(this.options.lang, this.source);
      state(this).marks = marks;
      // Tokens split at each name's edges, so no span straddles one (a string `'br0'` becomes `'`, `br0`, `'`).
      return tokens.map((line, i) => {
        const onLine = marks.get(i);
        return onLine
          ? paintRanges(
              line,
              onLine.map(({ start, end }) => ({ start, end, paint: (token) => token })),
            )
          : line;
      });
    },
    line(line, number) {
      const marks = state(this).marks?.get(number - 1);
      if (marks) markLine(line, marks);
    },
  };
}
