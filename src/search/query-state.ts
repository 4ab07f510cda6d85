/**
 * What the search page is showing, as it lives in the URL:
 * `/search/?q=ovs-vsctl&kind=Article&tag=AHV&tag=KVM&year=2015&sort=newest`.
 * A search can be linked, bookmarked, reloaded and gone back to.
 */
import { SEARCH_FILTERS, type SearchFilter } from './index-contract.ts';
export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<SearchFilter, string[]> {
  return Object.fromEntries(SEARCH_FILTERS.map((name) => [name, []])) as unknown as Record<SearchFilter, string[]>;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const name of SEARCH_FILTERS) filters[name] = params.getAll(name).filter(Boolean);
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance' };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return SEARCH_FILTERS.some((name) => state.filters[name].length > 0);
}

/** Pagefind's filter object: within a filter any value may match, across filters all must. */
export function pagefindFilters(state: SearchState): Partial<Record<SearchFilter, { any: string[] }>> {
  const filters: Partial<Record<SearchFilter, { any: string[] }>> = {};
  for (const name of SEARCH_FILTERS) if (state.filters[name].length > 0) filters[name] = { any: state.filters[name] };
  return filters;
}

/**
 * Pagefind indexes the numbers of an address separately (10.59.31.77 is
 * 10 59 31 77), and reads a dotted query its own way, so dotted numbers are
 * searched as their parts: all four must be on the page.
 */
export function pagefindQuery(query: string): string {
  return query.replace(/\b\d+(?:\.\d+)+\b/g, (dotted) => dotted.split('.').join(' '));
}
