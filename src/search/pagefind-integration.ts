/**
 * Search index: after every `astro build`, Pagefind (its Node API) indexes
 * the built pages into `<outDir>/pagefind/`, so a build is always searchable
 * with no extra step. It runs beside the integrations after it (the social
 * cards' last drawing, the link check): see src/lib/background-tasks.node.ts. Only what the layouts mark with `data-pagefind-body`
 * (a post's article; see index-contract.ts) is indexed.
 *
 * In `astro dev` the dev server serves the index of the last build; the
 * terminal and the search page say so (dev-index.node.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import sirv from 'sirv';
import { normaliseBase } from '../lib/base-path.ts';
import { startBackgroundTask } from '../lib/background-tasks.node.ts';
import { devIndexNotice, searchIndexDir } from './dev-index.node.ts';

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the post layout?');
    const written = await index.writeFiles({ outputPath: searchIndexDir(siteDir) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await close();
  }
}

export function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = normaliseBase(config.base);
      },
      // Pagefind indexes in its own process while the integrations after this one run; the build waits for it last.
      'astro:build:done': ({ dir, logger }) => {
        startBackgroundTask('search index', async () => {
          const started = performance.now();
          const { pages } = await buildSearchIndex(fileURLToPath(dir));
          logger.info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
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
