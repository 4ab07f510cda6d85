/**
 * Where this build is deployed, read from the environment so one build can
 * target GitHub Pages under a subpath or a host at the domain root:
 * `SITE_URL=https://me.github.io BASE_PATH=/notes/ npm run build`.
 * Node-only (process.env): astro.config.mjs and the scripts import it.
 */
import { normaliseBase } from '../lib/base-path.ts';
import { DEFAULT_SITE_URL } from './site.ts';

export interface Deploy {
  /** Origin for canonical URLs, the feed and the sitemap, without a trailing slash. */
  siteUrl: string;
  /** The subpath the site is served under, "/" or "/blog/". */
  basePath: string;
  /** Where the build is written; tests build throwaway copies elsewhere. */
  outDir: string;
}

export function deployFromEnv(env: NodeJS.ProcessEnv = process.env): Deploy {
  return {
    siteUrl: (env['SITE_URL'] || DEFAULT_SITE_URL).replace(/\/+$/, ''),
    basePath: normaliseBase(env['BASE_PATH']),
    outDir: env['OUT_DIR'] || './dist',
  };
}
