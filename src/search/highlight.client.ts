/**
 * Marks the searched terms in a post opened from a search result
 * (`?highlight=br0`): whole tokens only (tokens.ts), so `br0` marks `br0` and
 * `br0-dhcp`'s `br0`, never the end of `virbr0`. Only what Pagefind indexed is
 * marked: the article (`data-pagefind-body`), not its ignored parts. Where
 * the terms follow one another as typed (`ovs-vsctl show`), their marks are
 * the phrase's too (`search-phrase`), and the page opens at the first of
 * them: the phrase the reader typed, not the first place one of its words is.
 */
import { HIGHLIGHT_PARAM } from './index-contract.ts';
import { phraseRanges, searchTerms, tokenRanges } from './tokens.ts';

/** Text here is not marked: not indexed, not text a reader reads as the post, or marked already. */
const SKIP = '[data-pagefind-ignore], script, style, svg, button, textarea, mark';
/** Text is matched a block at a time, so a word split across inline elements (a listing's tokens) is still one word. */
const BLOCK = 'p, li, dt, dd, pre, td, th, h1, h2, h3, h4, h5, h6, figcaption, blockquote, summary, caption';

/** The class of a mark that is part of the typed phrase. */
export const PHRASE_CLASS = 'search-phrase';

/** Wraps [start, end) of each text node in `<mark class="pagefind-highlight">` (and the phrase's class), last first so earlier offsets hold. */
function wrap(node: Text, slices: Array<[number, number, boolean]>): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const [start, end, inPhrase] of slices.reverse()) {
    node.splitText(end);
    const hit = node.splitText(start);
    const mark = Object.assign(document.createElement('mark'), { className: inPhrase ? `pagefind-highlight ${PHRASE_CLASS}` : 'pagefind-highlight' });
    hit.replaceWith(mark);
    mark.append(hit);
    marks.unshift(mark);
  }
  return marks;
}

/** Marks `terms` as whole tokens in the text under `root`; returns the marks in document order. */
export function highlightTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  if (terms.length === 0) return [];
  const runs: Array<{ block: Element | null; nodes: Text[] }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = node.parentElement?.closest(BLOCK) ?? null;
    const last = runs.at(-1);
    if (last && last.block === block) last.nodes.push(node);
    else runs.push({ block, nodes: [node] });
  }
  const marks: HTMLElement[] = [];
  for (const { nodes } of runs) {
    const text = nodes.map((node) => node.data).join('');
    const phrases = phraseRanges(text, terms);
    const inPhrase = (from: number) => phrases.some(([start, end]) => from >= start && from < end);
    const ranges = tokenRanges(text, terms);
    let offset = 0;
    for (const node of nodes) {
      const end = offset + node.data.length;
      const slices = ranges
        .filter(([from, to]) => from < end && to > offset)
        .map(([from, to]): [number, number, boolean] => [Math.max(from, offset) - offset, Math.min(to, end) - offset, inPhrase(from)]);
      marks.push(...wrap(node, slices));
      offset = end;
    }
  }
  return marks;
}

/**
 * Marks the terms of the page's `?highlight=` (one term or several, in the order typed) in the indexed article, and brings
 * into view the first place shown (not one in a folded listing or diagram description) where they make the phrase, else
 * the first term shown, unless the link named a section.
 */
export function highlightFromUrl(): void {
  const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).flatMap(searchTerms);
  const root = document.querySelector('[data-pagefind-body]');
  if (!root) return;
  // checkVisibility: a closed <details> still lays its content out (content-visibility), so boxes alone do not say it is shown.
  const shown = highlightTerms(root, terms).filter((mark) => mark.checkVisibility?.() ?? true);
  const target = shown.find((mark) => mark.classList.contains(PHRASE_CLASS)) ?? shown[0];
  if (target && !location.hash) target.scrollIntoView({ block: 'center' });
}
