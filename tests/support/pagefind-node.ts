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

export interface NodePagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Partial<Record<string, Record<string, number>>>>;
  search(
    term: string | null,
    options?: object,
  ): Promise<{
    results: Array<{ score: number; data: () => Promise<{ url: string; content: string; raw_content?: string; locations: number[] }> }>;
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
  return pagefind;
}
