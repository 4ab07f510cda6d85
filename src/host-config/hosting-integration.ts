/**
 * Writes the host files of a build into its output, for the base path it was
 * built with: `_headers` from src/config/site.ts, and `_redirects` from the
 * posts' old URLs when some post has one (the redirect pages' route hands
 * them over while the pages are built: redirectsHandover in src/redirects/redirect-list.ts).
 *
 * Each has this one source: a `_headers` or `_redirects` in public/ would be
 * copied into the output and then overwritten, so the build refuses one and
 * says where its rules belong.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/base-path.ts';
import { redirectsHandover } from '../redirects/redirect-list.ts';
import type { Redirect } from '../redirects/redirect-list.ts';
import { headersFile } from './headers-file.ts';
import { redirectsFile } from './redirects-file.ts';

/** The host files the build writes, and where their rules come from. */
const HOST_FILES = {
  _headers: 'the headers in src/config/site.ts',
  _redirects: "the posts' redirectFrom",
} as const;

export function hostingIntegration(): AstroIntegration {
  let base = '/';
  let redirects: readonly Redirect[] = [];
  return {
    name: 'site:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        for (const [name, source] of Object.entries(HOST_FILES)) {
          if (existsSync(fileURLToPath(new URL(name, config.publicDir)))) {
            throw new Error(
              `public/${name}: the build writes ${name} from ${source}, for the base path it is built with; put its rules there and delete public/${name}`,
            );
          }
        }
      },
      'astro:build:start': () => {
        redirects = [];
        redirectsHandover.open((list) => (redirects = list));
      },
      'astro:build:done': ({ dir }) => {
        redirectsHandover.close();
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
        if (redirects.length > 0) writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(redirects, base));
      },
    },
  };
}
