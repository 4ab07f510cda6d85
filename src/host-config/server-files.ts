/**
 * server-config/'s server configurations for a base path, by path under server-config/:
 * what `npm run server-config` (scripts/write-server-config.ts) writes for "/", and what
 * tests/unit/host-config/server-files.test.ts compares the checked-in files with.
 */
import { caddyConfig } from './caddy-config.ts';
import { nginxConfig } from './nginx-config.ts';

export function serverFiles(base: string): Record<string, string> {
  return { 'nginx/site.conf': nginxConfig(base), 'caddy/Caddyfile': caddyConfig(base) };
}
