/**
 * After every build, every internal link, asset, feed and sitemap URL of the
 * output, and every redirect (a redirect page's target, a rule of
 * `_redirects`), must stay under the base path and lead somewhere, `#anchor`
 * included; otherwise the build fails, naming the page and the link.
 *
 * The crawl runs in a worker thread, beside the search indexing
 * (src/build/background-tasks.node.ts), so the two cost the build the
 * longer of the two, not their sum.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/base-path.ts';
import { DEFAULT_SITE_URL } from '../config/site.ts';
import { runInWorker, startBackgroundTask } from '../build/background-tasks.node.ts';
import type { BrokenReference } from './crawler.node.ts';
import type { LinkCheckInput } from './link-check-worker.node.ts';

export function linkCheckIntegration(): AstroIntegration {
  let origin = DEFAULT_SITE_URL;
  let base = '/';
  return {
    name: 'site:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? origin).origin;
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const input: LinkCheckInput = { outDir: fileURLToPath(dir), origin, base };
        startBackgroundTask('link check', async () => {
          const started = performance.now();
          const { checked, broken } = await runInWorker<{ checked: number; broken: BrokenReference[] }>(
            new URL('./link-check-worker.node.ts', import.meta.url),
            input,
          );
          if (broken.length > 0) {
            const lines = broken.map((b) => `${b.page}: ${b.url} (${b.reason})`);
            throw new Error(`Broken internal links:\n  ${lines.join('\n  ')}`);
          }
          logger.info(`${checked} internal links checked, none broken, in ${Math.round(performance.now() - started)} ms`);
        });
      },
    },
  };
}
