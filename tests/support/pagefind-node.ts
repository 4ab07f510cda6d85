/**
 * The built site's own Pagefind (`<site>/pagefind/pagefind.js`, the script the
 * search page loads) running in Node on the built index, for tests that check
 * search logic against real results without a browser. Node has no Worker,
 * so Pagefind runs on the main thread; its fetches of the index are answered
 * from the files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHARD_LIST_FILE } from '../../src/search/search-shards.ts';
import { MIGRATED_POSTS } from './posts.ts';

export interface NodePagefind {
  /** Whether the index is in shards, merged (src/search/search-shards.ts). */
  sharded?: boolean;
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Partial<Record<string, Record<string, number>>>>;
  search(
    term: string | null,
    options?: object,
  ): Promise<{
    results: Array<{
      id: string;
      score: number;
      data: () => Promise<{
        url: string;
        content: string;
        raw_content?: string;
        locations: number[];
        meta: Record<string, string>;
        filters: Record<string, string[]>;
      }>;
    }>;
    filters: Partial<Record<string, Record<string, number>>>;
  }>;
}

/** Loads the Pagefind of the site built into `siteDir` (served at the root). One per process: Pagefind keeps its state in the module. */
export async function loadBuiltPagefind(siteDir: string): Promise<NodePagefind> {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = String(input);
    if (!url.startsWith('/')) return networkFetch(input, init);
    return new Response(await readFile(join(siteDir, new URL(url, 'http://site').pathname)));
  };
  const pagefind = (await import(pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href)) as NodePagefind;
  await pagefind.options({ basePath: '/pagefind/', baseUrl: '/' });
  await pagefind.init();
  // A large site's index is in shards, merged as the search page merges them (src/search/search-shards.ts).
  const shards = JSON.parse(await readFile(join(siteDir, 'pagefind', SHARD_LIST_FILE), 'utf8')) as string[];
  for (const shard of shards) await pagefind.mergeIndex(`/pagefind/${shard}`, { baseUrl: '/' });
  return { ...pagefind, sharded: shards.length > 0 };
}

/**
 * The post of the first result, passing over the posts written since the migration: the search tests' queries
 * are the migrated posts' words (tests/support/posts.ts), and a new post may rightly rank above them. Any other
 * page first is a miss.
 */
export async function firstHit(results: ReadonlyArray<{ data: () => Promise<{ url: string }> }>): Promise<string | undefined> {
  for (const result of results) {
    const post = /\/posts\/([^/]+)\//.exec((await result.data()).url)?.[1];
    if (post === undefined || post in MIGRATED_POSTS) return post;
  }
  return undefined;
}
