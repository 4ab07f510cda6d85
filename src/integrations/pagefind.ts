/**
 * Search index: after every `astro build`, Pagefind (its Node API) indexes
 * the built pages into `<outDir>/pagefind/`, so a build is always searchable
 * with no extra step. Only what the layouts mark with `data-pagefind-body`
 * (a post's article) is indexed.
 *
 * In `astro dev` there are no built pages to index, so the dev server serves
 * the index of the last build from `<outDir>/pagefind/`; the search page says
 * so, and when it was built.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/site-config.mjs';
import { close, createIndex } from 'pagefind';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the post layout?');
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
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
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        logger.info(
          existsSync(indexDir)
            ? `Search uses the index of the last build (${statSync(indexDir).mtime.toISOString()}); run \`npm run build\` to refresh it.`
            : 'Search has no index yet: run `npm run build` once, then reload the search page.',
        );
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(prefix)) return next();
          const file = normalize(join(indexDir, decodeURIComponent(path.slice(prefix.length))));
          if (!file.startsWith(indexDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end('No search index: run `npm run build` first.');
            return;
          }
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
