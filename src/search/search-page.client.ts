/**
 * The search page: Pagefind's JS API behind our own UI. Pagefind (its script,
 * WebAssembly and index chunks) loads only once the reader starts to search.
 * State lives in the URL (see query-state.ts).
 */
import { HIGHLIGHT_PARAM, SEARCH_FILTERS, type SearchFilter, type SearchSort } from './index-contract.ts';
import { emptyFilters, hasFilters, pagefindFilters, pagefindQuery, paramsFromState, stateFromParams, type SearchState } from './query-state.ts';
import { renderFilterGroup, renderResult, type ResultData } from './render-results.ts';
import { correctQuery } from './spelling.ts';

interface PagefindResults {
  results: Array<{ id: string; data: () => Promise<ResultData> }>;
  filters: Partial<Record<SearchFilter, Record<string, number>>>;
  totalFilters: Partial<Record<SearchFilter, Record<string, number>>>;
}

interface PagefindSearchOptions {
  filters: Partial<Record<SearchFilter, { any: string[] }>>;
  sort?: Partial<Record<SearchSort, 'asc' | 'desc'>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
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
const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = app.querySelector<HTMLElement>('[data-search-status]')!;
const more = app.querySelector<HTMLButtonElement>('[data-search-more]')!;
const siteBase = app.dataset['siteBase'] ?? '/';
const bundle = app.dataset['bundle'] ?? '/pagefind/';
const wordsUrl = app.dataset['words'] ?? '/search-words.json';

let state: SearchState = stateFromParams(new URLSearchParams(location.search));
let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<string[]> | undefined;
let generation = 0;
let pending: PagefindResults['results'] = [];

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: siteBase, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
    await module.init();
    // Loads the filter indexes, so results come with their filter counts.
    await module.filters();
    return module;
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

function renderFilters(counts: PagefindResults['filters']) {
  filtersBox.replaceChildren(...SEARCH_FILTERS.flatMap((name) => renderFilterGroup(name, counts[name] ?? {}, state) ?? []));
}

async function showMore() {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  list.append(...data.map(renderResult));
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
  let search = await engine.search(state.query ? pagefindQuery(state.query) : null, options);
  let note = '';
  if (search.results.length === 0 && state.query) {
    const corrected = correctQuery(state.query, await loadVocabulary());
    if (corrected) {
      const retry = await engine.search(pagefindQuery(corrected), options);
      if (retry.results.length > 0) {
        search = retry;
        note = `No results for “${state.query}”. Showing results for “${corrected}”. `;
      }
    }
  }
  if (current !== generation) return; // a newer keystroke has taken over
  list.replaceChildren();
  pending = [...search.results];
  await showMore();
  if (current !== generation) return;
  // After the results: the filters sit below them on a narrow screen, so drawing them moves nothing.
  renderFilters(search.filters);
  const count = search.results.length;
  const subject = state.query ? ` for “${state.query}”` : '';
  status.textContent = note + (count === 0 ? `No results${subject}.` : `${count} ${count === 1 ? 'result' : 'results'}${note ? '' : subject}.`);
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

// Start loading as soon as the reader shows intent; run at once for a linked search.
input.addEventListener('focus', () => void loadPagefind(), { once: true });
if (state.query || hasFilters(state)) void run();
else status.textContent = 'Type to search the posts, or pick a filter.';
