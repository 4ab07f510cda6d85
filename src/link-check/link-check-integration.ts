/**
 * After every build, every internal link, asset, feed and sitemap URL of the
 * output must stay under the base path and lead somewhere, `#anchor`
 * included; otherwise the build fails, naming the page and the link.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/base-path.ts';
import { DEFAULT_SITE_URL } from '../config/site.ts';
import { findBrokenReferences } from './crawler.node.ts';

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
        const { checked, broken } = findBrokenReferences(fileURLToPath(dir), origin, base);
        if (broken.length > 0) {
          const lines = broken.map((b) => `${b.page}: ${b.url} (${b.reason})`);
          throw new Error(`Broken internal links:\n  ${lines.join('\n  ')}`);
        }
        logger.info(`${checked} internal links checked, none broken`);
      },
    },
  };
}
