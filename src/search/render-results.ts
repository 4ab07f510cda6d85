/** Builds the search page's DOM pieces: results, filter groups. Text from the index is inserted as text. */
import { formatDate } from '../lib/dates.ts';
import { NAME_FILTER, type SearchFilter, type SearchMeta } from './index-contract.ts';
import { phraseFirst } from './phrase.ts';
import type { SearchState } from './query-state.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's text and the positions of the matched words in it (see hit-strength.ts). */
  content: string;
  raw_content?: string;
  locations: number[];
  meta: Partial<Record<SearchMeta, string>>;
  /** The page's filter values; an entity page's NAME_FILTER is its result title. */
  filters?: Partial<Record<string, string[]>>;
  sub_results: Array<{ title: string; url: string; excerpt: string; locations: number[]; anchor?: { id: string } }>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are text with <mark> around matches; keep exactly that and nothing else. */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) =>
    node instanceof HTMLElement && node.tagName === 'MARK' ? element('mark', {}, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

/** One result; `terms` are the query's as searched (tokens.ts searchTerms), whose phrase puts the sections that hold it first. */
export function renderResult(data: ResultData, terms: readonly string[] = []): HTMLLIElement {
  // A network name's page is titled by its name and kind ("br0 · bridge"); its Pagefind title says where it is named.
  const name = data.filters?.[NAME_FILTER]?.[0];
  const title = name ?? data.meta.title ?? data.url;
  const date = data.meta.date ? formatDate(new Date(`${data.meta.date}T00:00:00Z`)) : '';
  const meta = name ? (data.meta.title ?? '') : [data.meta.kind, date].filter(Boolean).join(' · ');
  const sections = phraseFirst(
    data,
    data.sub_results.filter((sub) => sub.anchor && sub.title !== title),
    terms,
  ).slice(0, 3);
  return element(
    'li',
    { className: 'search-result' },
    element('h2', {}, element('a', { href: data.url, className: 'result-link' }, title)),
    element('p', { className: 'result-meta' }, meta),
    element('p', { className: 'result-excerpt' }, ...excerptNodes(data.excerpt)),
    ...(sections.length > 0
      ? [
          element(
            'ul',
            { className: 'sub-results' },
            ...sections.map((sub) =>
              element('li', {}, element('a', { href: sub.url, className: 'result-link' }, sub.title), element('p', {}, ...excerptNodes(sub.excerpt))),
            ),
          ),
        ]
      : []),
  );
}

const LEGENDS: Record<SearchFilter, string> = { kind: 'Kind', tag: 'Tag', series: 'Series', year: 'Year' };

export function renderFilterGroup(name: SearchFilter, counts: Record<string, number>, state: SearchState): HTMLFieldSetElement | undefined {
  const selected = new Set(state.filters[name]);
  const values = Object.keys(counts)
    .filter((value) => counts[value]! > 0 || selected.has(value))
    .sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
  if (values.length === 0) return undefined;
  return element(
    'fieldset',
    { className: 'filter-group' },
    element('legend', {}, LEGENDS[name]),
    ...values.map((value) =>
      element(
        'label',
        {},
        element('input', { type: 'checkbox', name, value, checked: selected.has(value) }),
        ` ${value} `,
        element('span', { className: 'count' }, `(${counts[value] ?? 0})`),
      ),
    ),
  );
}
