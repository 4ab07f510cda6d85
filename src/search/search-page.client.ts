/**
 * The search page: Pagefind's JS API behind our own UI. Pagefind (its script,
 * WebAssembly and index chunks) loads only once the reader starts to search.
 * State lives in the URL (see query-state.ts).
 */
import { HIGHLIGHT_PARAM, type NAME_FILTER, SEARCH_FILTERS, type SearchFilter, type SearchSort } from './index-contract.ts';
import { forgivingSearch, type FilterCounts } from './forgiving-search.ts';
import { searchTerms } from './tokens.ts';
import { emptyFilters, hasFilters, pagefindFilters, pagefindQuery, paramsFromState, stateFromParams, type SearchState } from './query-state.ts';
import { SHARD_LIST_FILE } from './search-shards.ts';
import { renderFilterGroup, renderResult, type ResultData } from './render-results.ts';

interface PagefindResults {
  results: Array<{ id: string; score: number; data: () => Promise<ResultData> }>;
  filters: FilterCounts;
}

interface PagefindSearchOptions {
  filters: Partial<Record<SearchFilter | typeof NAME_FILTER, { any: string[] }>>;
  sort?: Partial<Record<SearchSort, 'asc' | 'desc'>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResults>;
  filters(): Promise<PagefindResults['filters']>;
}

const PAGE_SIZE = 10;

const app = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = app.querySelector<HTMLFormElement>('form')!;
const input = app.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = app.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filtersBox = app.querySelector<HTMLElement>('[data-search-filters]')!;
const disclosure = app.querySelector<HTMLDetailsElement>('[data-search-disclosure]')!;
const filterCount = app.querySelector<HTMLElement>('[data-search-filter-count]')!;
const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = app.querySelector<HTMLElement>('[data-search-status]')!;
const more = app.querySelector<HTMLButtonElement>('[data-search-more]')!;
const siteBase = app.dataset['siteBase'] ?? '/';
const bundle = app.dataset['bundle'] ?? '/pagefind/';
const wordsUrl = app.dataset['words'] ?? '/search-words.json';

let state: SearchState = stateFromParams(new URLSearchParams(location.search));
/** Pagefind, and whether its index is in shards (forgiving-search.ts then prefers the real hits of each). */
let pagefind: Promise<Pagefind & { sharded: boolean }> | undefined;
let vocabulary: Promise<string[]> | undefined;
let generation = 0;
let pending: PagefindResults['results'] = [];
/** The terms of the query the shown results are for (the corrected one, if it was corrected). */
let shownTerms: string[] = [];

function loadPagefind(): Promise<Pagefind & { sharded: boolean }> {
  pagefind ??= (async () => {
    // The index's other shards (src/search/search-shards.ts), listed beside it, are fetched alongside the script.
    const shards = fetch(`${bundle}${SHARD_LIST_FILE}`).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []));
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    const options = { baseUrl: siteBase, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 };
    await module.options(options);
    await module.init();
    const shardFolders = await shards;
    await Promise.all(shardFolders.map((shard) => module.mergeIndex(`${bundle}${shard}`, options)));
    // Loads the filter indexes, so results come with their filter counts.
    await module.filters();
    // A module's namespace takes no new property: the search page's engine is a plain object.
    return { ...module, sharded: shardFolders.length > 0 };
  })();
  return pagefind;
}

function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(wordsUrl).then((r) => (r.ok ? r.json() : []));
  return vocabulary;
}

function syncUrl() {
  const params = paramsFromState(state).toString();
  history.replaceState(null, '', params ? `?${params}` : location.pathname);
}

function renderFilters(counts: FilterCounts) {
  // Redrawn after each change: the box the reader just ticked keeps the focus.
  const focused = filtersBox.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
  filtersBox.replaceChildren(...SEARCH_FILTERS.flatMap((name) => renderFilterGroup(name, counts[name] ?? {}, state) ?? []));
  if (focused) filtersBox.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
  const chosen = SEARCH_FILTERS.reduce((sum, name) => sum + state.filters[name].length, 0);
  filterCount.textContent = chosen > 0 ? ` (${chosen})` : '';
}

async function showMore() {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  list.append(...data.map((result) => renderResult(result, shownTerms)));
  more.hidden = pending.length === 0;
}

async function run() {
  const current = ++generation;
  syncUrl();
  const engine = await loadPagefind();
  if (!state.query && !hasFilters(state)) {
    renderFilters(await engine.filters());
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Type to search the posts, or pick a filter.';
    return;
  }
  const options: PagefindSearchOptions = { filters: pagefindFilters(state), ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}) };
  const { response: search, corrected } = state.query
    ? await forgivingSearch<ResultData, PagefindSearchOptions>(engine, state.query, options, loadVocabulary)
    : { response: await engine.search(null, options) };
  if (current !== generation) return; // a newer keystroke has taken over
  list.replaceChildren();
  pending = [...search.results];
  shownTerms = searchTerms(pagefindQuery(corrected ?? state.query));
  await showMore();
  if (current !== generation) return;
  // After the results: the filters sit below them on a narrow screen, so drawing them moves nothing.
  renderFilters(search.filters);
  const count = search.results.length;
  const subject = state.query ? ` for “${state.query}”` : '';
  const found = `${count} ${count === 1 ? 'result' : 'results'}`;
  status.textContent = corrected
    ? `Showing results for “${corrected}” instead of “${state.query}”: ${found}.`
    : count === 0
      ? `No results${subject}.`
      : `${found}${subject}.`;
}

input.value = state.query;
sort.value = state.sort;

// A short pause while typing, so a fast typist's intermediate prefixes do not queue searches.
const TYPING_PAUSE_MS = 60;
let typingTimer: number | undefined;
input.addEventListener('input', () => {
  state = { ...state, query: input.value.trim() };
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(() => void run(), TYPING_PAUSE_MS);
});
sort.addEventListener('change', () => {
  state = { ...state, sort: sort.value === 'newest' ? 'newest' : 'relevance' };
  void run();
});
filtersBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const name = box.name as (typeof SEARCH_FILTERS)[number];
  const values = new Set(state.filters[name]);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  state = { ...state, filters: { ...emptyFilters(), ...state.filters, [name]: [...values] } };
  void run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  list.querySelector<HTMLAnchorElement>('a.result-link')?.focus();
});
more.addEventListener('click', () => void showMore());

// Arrow keys move between the results' links; Escape goes back to the box.
app.addEventListener('keydown', (event) => {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
    links[Math.min(at + 1, links.length - 1)]?.focus();
    event.preventDefault();
  } else if (event.key === 'ArrowUp' && at >= 0) {
    (at === 0 ? input : links[at - 1]!).focus();
    event.preventDefault();
  } else if (event.key === 'Escape' && at >= 0) {
    input.focus();
  }
});

// On a narrow screen the filters fold away under the status line (Filters (n)); beside the results they are always open.
const wide = matchMedia(disclosure.dataset['openFrom'] ?? '(min-width: 52rem)');
const fitDisclosure = () => (disclosure.open = wide.matches);
wide.addEventListener('change', fitDisclosure);
fitDisclosure();

// The box has the focus from the start (arriving from the header's box too), so typing and the arrow keys work at once.
// With a query, only where a keyboard is likely (the test of the header's "/" hint, SiteSearch.astro): on a touch
// screen the focus raises the keyboard over the results the reader came for.
const keyboardLikely = matchMedia('(hover: hover) and (pointer: fine)').matches;
if (!state.query || keyboardLikely) {
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}
// Start loading once the reader shows intent (a key or a click in the box; the focus alone is ours); run at once for a linked search.
for (const intent of ['keydown', 'pointerdown']) input.addEventListener(intent, () => void loadPagefind(), { once: true });
if (state.query || hasFilters(state)) void run();
else status.textContent = 'Type to search the posts, or pick a filter.';
