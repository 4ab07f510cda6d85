/**
 * After every build, every internal link, asset, feed and sitemap URL of the
 * output, and every redirect (a redirect page's target, a rule of
 * `_redirects`), must stay under the base path and lead somewhere, `#anchor`
 * included; otherwise the build fails with a line per broken link: a link in
 * a post's body at its source file and line, once for all the pages and
 * feeds that carry it; any other by the page that has it
 * (broken-link-report.ts).
 *
 * The crawl runs in a worker thread, beside the search indexing
 * (src/lib/background-tasks.node.ts), so the two cost the build the
 * longer of the two, not their sum.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/base-path.ts';
import { DEFAULT_SITE_URL } from '../config/site.ts';
import { runInWorker, startBackgroundTask } from '../lib/background-tasks.node.ts';
import { postSourcesHandover } from './post-source-handover.ts';
import type { LinkCheckInput, LinkCheckResult } from './link-check-worker.node.ts';

export function linkCheckIntegration(): AstroIntegration {
  let origin = DEFAULT_SITE_URL;
  let base = '/';
  let root = process.cwd();
  let cacheFile = '';
  let postSources = new Map<string, string>();
  return {
    name: 'site:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? origin).origin;
        base = normaliseBase(config.base);
        root = fileURLToPath(config.root);
        cacheFile = join(fileURLToPath(config.cacheDir), 'link-check/pages.json');
      },
      'astro:build:start': () => {
        postSources = new Map();
        postSourcesHandover.open((posts) => (postSources = new Map(posts.map((post) => [post.page, post.file]))));
      },
      'astro:build:done': ({ dir, logger }) => {
        postSourcesHandover.close();
        const input: LinkCheckInput = { outDir: fileURLToPath(dir), origin, base, root, postSources, cacheFile };
        startBackgroundTask('link check', async () => {
          const started = performance.now();
          const { checked, pages, report } = await runInWorker<LinkCheckResult>(new URL('./link-check-worker.node.ts', import.meta.url), input);
          if (report.length > 0) throw new Error(`Broken internal links:\n  ${report.join('\n  ')}`);
          logger.info(
            `${checked} internal links checked, none broken, in ${Math.round(performance.now() - started)} ms (${pages.read} pages read, ${pages.kept} unchanged)`,
          );
        });
      },
    },
  };
}
