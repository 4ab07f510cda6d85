/**
 * A build cache for compiled posts. Compiling an MDX post (Markdown, Shiki
 * and our transformers, Graphviz for its diagrams) is most of what Vite
 * spends on it, and Vite keeps nothing from one build to the next. This
 * keeps each post's compiled module in Astro's cacheDir (node_modules/
 * .astro/mdx/), keyed by a hash of the file's text and path and of
 * everything else the output depends on (fingerprint() below). A rebuild
 * after one post is edited compiles that post alone.
 *
 * How: the MDX plugin's transform (@astrojs/mdx, a pure function of the
 * file's text and id: no files emitted, no watch files) is wrapped in
 * `configResolved`, as @astrojs/mdx itself reaches into the resolved plugin
 * list to remove astro:jsx. Builds only; `astro dev` compiles as it always
 * does. An entry is touched when it is used; entries unused for a week are
 * deleted at the end of a build.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { sourceFingerprint } from './source-fingerprint.node.ts';
import { writeFileAtomic } from '../lib/files.node.ts';

/** The plugin whose output is cached (node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js). */
const MDX_PLUGIN = '@mdx-js/rolldown';
/** Bump when what is stored changes shape. */
const CACHE_VERSION = 1;
const UNUSED_FOR = 7 * 24 * 3600 * 1000;
const WRAPPED = Symbol.for('site:mdx-compile-cache');

interface TransformResult {
  code: string;
  map: unknown;
  meta?: unknown;
}
type TransformHandler = (this: unknown, code: string, id: string) => Promise<TransformResult | null | undefined>;

/**
 * What a compiled post depends on besides its own file: the site's code
 * (source-fingerprint.node.ts: the Shiki config, transformers, grammars,
 * diagram renderer and all else under src/, the config, the lockfile). Not
 * the deployment: the base path and origin are applied when pages render, and
 * a post compiles to the same bytes at / and under /blog/ (compared when this
 * was written), so the two test builds share their entries.
 */
const fingerprint = (root: string) => createHash('sha256').update(String(CACHE_VERSION)).update(sourceFingerprint(root)).digest('hex');

function cachingPlugin(root: string, dir: string, stats: { hits: number; misses: number }): Plugin {
  return {
    name: 'site:mdx-compile-cache',
    apply: 'build',
    configResolved(resolved) {
      const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
      const transform = mdx?.transform;
      if (!mdx || !transform || typeof transform !== 'object') throw new Error(`site:mdx-compile-cache: the ${MDX_PLUGIN} plugin's transform was not found`);
      // Each environment resolves its config with the same plugin object: wrap it once.
      if ((transform as { [WRAPPED]?: true })[WRAPPED]) return;
      (transform as { [WRAPPED]?: true })[WRAPPED] = true;
      const compile = transform.handler as unknown as TransformHandler;
      const sources = fingerprint(root);
      mkdirSync(dir, { recursive: true });
      (transform as { handler: TransformHandler }).handler = async function cachedCompile(code, id) {
        const key = createHash('sha256').update(sources).update(relative(root, id)).update('\0').update(code).digest('hex').slice(0, 40);
        const file = join(dir, `${key}.json`);
        try {
          const cached = JSON.parse(readFileSync(file, 'utf8')) as TransformResult;
          const now = new Date();
          utimesSync(file, now, now);
          stats.hits++;
          return cached;
        } catch {
          // Not cached yet (or unreadable): compile.
        }
        const result = await compile.call(this, code, id);
        if (result) {
          stats.misses++;
          writeFileAtomic(file, JSON.stringify(result));
        }
        return result;
      };
    },
  };
}

export function mdxCompileCacheIntegration(): AstroIntegration {
  let dir = '';
  const stats = { hits: 0, misses: 0 };
  return {
    name: 'site:mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        dir = join(fileURLToPath(config.cacheDir), 'mdx');
        updateConfig({ vite: { plugins: [cachingPlugin(fileURLToPath(config.root), dir, stats)] } });
      },
      'astro:build:done': ({ logger }) => {
        let pruned = 0;
        const oldest = Date.now() - UNUSED_FOR;
        for (const name of readdirSync(dir)) {
          const file = join(dir, name);
          if (statSync(file).mtimeMs >= oldest) continue;
          rmSync(file, { force: true });
          pruned++;
        }
        logger.info(`${stats.hits} posts from the compile cache, ${stats.misses} compiled${pruned > 0 ? `; ${pruned} stale entries removed` : ''}`);
      },
    },
  };
}
