/**
 * In `astro dev` there are no built pages to index, so search uses the index
 * of the last build. What to tell the author about that, in the terminal and
 * on the search page alike.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of a build's search index. */
export function searchIndexDir(outDir: string): string {
  return join(outDir, 'pagefind');
}

export function devIndexNotice(outDir: string): string {
  const entry = join(searchIndexDir(outDir), 'pagefind-entry.json');
  if (!existsSync(entry)) return 'Development server: there is no search index yet. Run npm run build once, then reload the search page.';
  const built = statSync(entry).mtime.toISOString().replace('T', ' ').slice(0, 16);
  return `Development server: search results come from the index of the last build (${built} UTC). Run npm run build to refresh it.`;
}
