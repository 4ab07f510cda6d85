/**
 * The contract between the pages and the search page: which `data-pagefind-*`
 * attributes the layouts write, and which filters, metadata and sort keys the
 * search page reads back from Pagefind. Both sides import this module, so a
 * key cannot be renamed on one side only.
 */

/** Filters a reader can narrow results by, in the order the search page shows them. */
export const SEARCH_FILTERS = ['kind', 'tag', 'series', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Metadata each result carries. `title` is Pagefind's own (the page's first h1). */
export const SEARCH_META = ['title', 'kind', 'date'] as const;
export type SearchMeta = (typeof SEARCH_META)[number];

/** Sort keys: `date` is an ISO day, so it sorts as text. */
export const SEARCH_SORTS = ['date'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * Values of the `data-pagefind-*` attributes, typed by the keys above:
 * `<span data-pagefind-filter={searchFilter('year', 2015)}>`. Everything
 * outside `data-pagefind-body` (a post's article) is not indexed, nor is
 * anything inside a `data-pagefind-ignore` element.
 */
export const searchFilter = (name: SearchFilter, value: string | number): string => `${name}:${value}`;
export const searchMeta = (name: Exclude<SearchMeta, 'title'>, value: string): string => `${name}:${value}`;
export const searchSort = (name: SearchSort, value: string): string => `${name}:${value}`;

/** The `kind` of an entity page (src/pages/entities/), beside the post kinds of src/lib/post-kind.ts. */
export const ENTITY_SEARCH_KIND = 'Entity';

/**
 * An entity page's indexed text (its name and one summary line) weighs nothing: a query for `br0` still lists the
 * page, after every post that names br0 (Pagefind keeps zero-weight words, scoring them 0). Its result title
 * leaves the name out for the same reason (src/pages/entities/[kind]/[name].astro).
 */
export const ENTITY_SEARCH_WEIGHT = '0';

/**
 * An entity page's result title ("br0 · bridge", src/network-names/entity.ts entityResultTitle), as a filter the search
 * page shows no box for: Pagefind indexes metadata words, which would rank the page above the posts, but never a filter's
 * values. A query that is a name looks its page up by it, to show it first of the names (exact-name.ts).
 */
export const NAME_FILTER = 'name';

/** The `?highlight=` parameter Pagefind adds to result links, read by the post page. */
export const HIGHLIGHT_PARAM = 'highlight';
