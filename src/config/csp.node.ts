/**
 * Astro's `security.csp` option, from the policy in site.ts plus the hashes
 * of the scripts that must run inline before first paint (Astro hashes its
 * own bundled scripts and styles, but not `is:inline` ones).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from './site.ts';

type Sha256 = `sha256-${string}`;

function sha256Source(source: string): Sha256 {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

/** The inline scripts of the site; BaseLayout inlines each of these files as it is. */
export const INLINE_SCRIPT_FILES = [new URL('../theme/theme-init.inline.js', import.meta.url)];

export function contentSecurityPolicy() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...CONTENT_SECURITY_POLICY.directives],
    scriptDirective: {
      hashes: INLINE_SCRIPT_FILES.map((file) => sha256Source(readFileSync(file, 'utf8'))),
      resources: [...CONTENT_SECURITY_POLICY.scriptResources],
    },
  };
}
