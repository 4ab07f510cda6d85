/**
 * A build without SITE_URL writes http://localhost:4321 into every canonical
 * URL, the feeds and the sitemap, and nothing else would say so. So
 * `astro build` says it, in one line of the log: a warning, or with
 * SITE_URL_REQUIRED=1 (CI, the test builds) an error before anything is built.
 * `astro dev`, `astro preview` and `astro check` serve or read nothing
 * deployed, and say nothing.
 */
import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE_URL } from './site.ts';
import { SITE_URL_REQUIRED, type Deploy } from './deploy.node.ts';

export type SiteUrlVerdict = { level: 'ok' } | { level: 'warn' | 'error'; message: string };

/** What a build of this deployment should say about its origin. */
export function siteUrlVerdict(deploy: Pick<Deploy, 'siteUrlGiven' | 'siteUrlRequired'>): SiteUrlVerdict {
  if (deploy.siteUrlGiven) return { level: 'ok' };
  const consequence = `canonical URLs, the feeds and the sitemap would point at ${DEFAULT_SITE_URL}`;
  const fix = 'set SITE_URL to the origin the site is served from, e.g. SITE_URL=https://example.org npm run build';
  return deploy.siteUrlRequired
    ? { level: 'error', message: `SITE_URL is not set and ${SITE_URL_REQUIRED}=1 requires it: ${consequence}; ${fix}.` }
    : {
        level: 'warn',
        message: `SITE_URL is not set: ${consequence}, right only for a local preview; for a deploy, ${fix} (${SITE_URL_REQUIRED}=1 makes this an error).`,
      };
}

export function siteUrlCheckIntegration(deploy: Deploy): AstroIntegration {
  return {
    name: 'site:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const verdict = siteUrlVerdict(deploy);
        if (verdict.level === 'error') throw new Error(verdict.message);
        if (verdict.level === 'warn') logger.warn(verdict.message);
      },
    },
  };
}
