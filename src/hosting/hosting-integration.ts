/** Writes the host files of a build (`_headers`) into its output, for the base path it was built with. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/base-path.ts';
import { headersFile } from './headers-file.ts';

export function hostingIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
      },
    },
  };
}
