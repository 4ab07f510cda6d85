/**
 * The search index in shards: a large site's pages are split into a few
 * Pagefind indexes, which the search page merges in the browser
 * (`mergeIndex`, as Pagefind's maintainer suggests for large sites). Each
 * shard is rebuilt only when one of its pages changed (search-index.node.ts
 * keeps the others from the last build), so one edited post re-indexes one
 * shard, not the site.
 *
 * A page's shard is a hash of its path, so it stays in the same shard from
 * build to build, and shards fill evenly with every kind of page. The count
 * doubles as the site grows (one shard up to PAGES_PER_SHARD pages): a small
 * site is one index, ranked exactly as one Pagefind index ranks, and shards
 * stay large enough that each ranks with word statistics close to the
 * whole site's.
 */

/** Pages per shard before the count doubles. */
export const PAGES_PER_SHARD = 1000;
/** At most this many shards: the first search fetches a little of each. */
export const MAX_SHARDS = 16;

/** The file, in the main index's folder, that lists the other shards' folders (relative to it). */
export const SHARD_LIST_FILE = 'shards.json';

/** The folder of shard `n` (n ≥ 1) inside the main index's folder; shard 0 is the main index itself. */
export const shardFolder = (n: number): string => `shard-${n}/`;

/** How many shards `pages` indexed pages make: 1, 2, 4, … up to MAX_SHARDS. */
export function shardCount(pages: number, pagesPerShard = PAGES_PER_SHARD): number {
  let count = 1;
  while (count < MAX_SHARDS && pages > count * pagesPerShard) count *= 2;
  return count;
}

/** FNV-1a: a fast, stable 32-bit hash of a page's path. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The shard of the page at `path` (relative to the output, "posts/x/index.html") among `count`. */
export function shardOf(path: string, count: number): number {
  return fnv1a(path) % count;
}
