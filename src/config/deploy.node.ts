/**
 * Where this build is deployed, read from the environment so one build can
 * target GitHub Pages under a subpath or a host at the domain root:
 * `SITE_URL=https://me.github.io BASE_PATH=/notes/ npm run build`.
 * Node-only (process.env): astro.config.mjs and the scripts import it.
 */
import { normaliseBase } from '../lib/base-path.ts';
import { DEFAULT_SITE_URL } from './site.ts';

/** Set to 1 and a build without SITE_URL fails instead of warning (src/config/site-url-check.node.ts): CI and the test builds set it. */
export const SITE_URL_REQUIRED = 'SITE_URL_REQUIRED';

export interface Deploy {
  /** Origin for canonical URLs, the feed and the sitemap, without a trailing slash. */
  siteUrl: string;
  /** Whether SITE_URL was given; without it siteUrl is DEFAULT_SITE_URL, right only on this machine. */
  siteUrlGiven: boolean;
  /** Whether a build must fail when SITE_URL is not given (SITE_URL_REQUIRED=1). */
  siteUrlRequired: boolean;
  /** The subpath the site is served under, "/" or "/blog/". */
  basePath: string;
  /** Where the build is written; tests build throwaway copies elsewhere. */
  outDir: string;
}

export function deployFromEnv(env: NodeJS.ProcessEnv = process.env): Deploy {
  return {
    siteUrl: (env['SITE_URL'] || DEFAULT_SITE_URL).replace(/\/+$/, ''),
    siteUrlGiven: Boolean(env['SITE_URL']),
    siteUrlRequired: /^(1|true|yes)$/i.test(env[SITE_URL_REQUIRED] ?? ''),
    basePath: normaliseBase(env['BASE_PATH']),
    outDir: env['OUT_DIR'] || './dist',
  };
}
