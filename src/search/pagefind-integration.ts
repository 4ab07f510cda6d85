/**
 * Search index: after every `astro build`, Pagefind (its Node API) indexes
 * the built pages into `<outDir>/pagefind/`, so a build is always searchable
 * with no extra step. A large site's index is in shards, and a shard whose
 * pages did not change is kept from the last build (search-index.node.ts). It runs beside the integrations after it (the social
 * cards' last drawing, the link check): see src/lib/background-tasks.node.ts. Only what the layouts mark with `data-pagefind-body`
 * (a post's article; see index-contract.ts) is indexed.
 *
 * In `astro dev` the dev server serves the index of the last build; the
 * terminal and the search page say so (dev-index.node.ts).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { normaliseBase } from '../lib/base-path.ts';
import { startBackgroundTask } from '../lib/background-tasks.node.ts';
import { devIndexNotice, searchIndexDir } from './dev-index.node.ts';
import { buildSearchIndex } from './search-index.node.ts';

export function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let cacheDir = '';
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = normaliseBase(config.base);
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-shards');
      },
      // Pagefind indexes in its own process while the integrations after this one run; the build waits for it last.
      'astro:build:done': ({ dir, logger }) => {
        startBackgroundTask('search index', async () => {
          const started = performance.now();
          const { pages, shards, indexed } = await buildSearchIndex(fileURLToPath(dir), { cacheDir });
          logger.info(
            `Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms (${shards} shard${shards === 1 ? '' : 's'}, ${indexed} indexed, ${shards - indexed} unchanged)`,
          );
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        logger.info(devIndexNotice(outDir));
        const prefix = `${base}pagefind`;
        // `dev: true`: files are looked up on each request, so a new build is picked up without a restart.
        const serveIndex = sirv(searchIndexDir(outDir), { dev: true, etag: true });
        server.middlewares.use(prefix, (req, res, next) => serveIndex(req, res, next));
      },
    },
  };
}
