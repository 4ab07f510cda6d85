/**
 * Search index: every `astro build` has Pagefind (its Node API) index the
 * built pages into `<outDir>/pagefind/`, so a build is always searchable
 * with no extra step. Each page goes to Pagefind as soon as it is rendered
 * (src/lib/rendered-pages.node.ts), so Pagefind indexes in its own process
 * while Astro renders the next; a large site's index is in shards, and a
 * shard whose pages did not change is kept from the last build
 * (search-index.node.ts). The index is finished beside the integrations
 * after this one (the social cards' last drawing, the link check): see
 * src/lib/background-tasks.node.ts. Only what the layouts mark with
 * `data-pagefind-body` (a post's article; see index-contract.ts) is indexed.
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
import { prerendererTellingPages } from '../lib/rendered-pages.node.ts';
import { devIndexNotice, searchIndexDir } from './dev-index.node.ts';
import { SearchIndexBuild } from './search-index.node.ts';

export function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let cacheDir = '';
  let pagesOneByOne = true;
  let index: SearchIndexBuild | undefined;
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = normaliseBase(config.base);
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-shards');
        // The pages are handed over in order only when Astro renders them one at a time, into a folder each.
        pagesOneByOne = config.build.concurrency === 1 && config.build.format === 'directory';
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const build = new SearchIndexBuild(outDir, { cacheDir });
        index = build;
        if (!pagesOneByOne) return;
        setPrerenderer((astros) =>
          prerendererTellingPages(astros, base, { planned: (files) => build.plan(files), rendered: (file, html) => build.pageRendered(file, html) }),
        );
      },
      // Pagefind finishes in its own process while the integrations after this one run; the build waits for it last.
      'astro:build:done': ({ dir, logger }) => {
        const build = index ?? new SearchIndexBuild(fileURLToPath(dir), { cacheDir });
        index = undefined;
        startBackgroundTask('search index', async () => {
          const started = performance.now();
          const { pages, shards, indexed, fed } = await build.finish();
          logger.info(
            `Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms after the page pass (${shards} shard${shards === 1 ? '' : 's'}, ${indexed} indexed, ${fed} of them fed while the pages rendered, ${shards - indexed} unchanged)`,
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
