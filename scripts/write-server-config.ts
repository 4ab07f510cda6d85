#!/usr/bin/env node
/**
 * The server configurations in server-config/, made from the host rules
 * (src/host-config/host-rules.ts): server-config/nginx/site.conf and
 * server-config/caddy/Caddyfile (src/host-config/server-files.ts), for the site at
 * "/", and CloudFront's files (scripts/write-cloudfront-config.ts). tests/unit/host-config/server-files.test.ts fails
 * while a checked-in file differs from what this writes.
 *
 *   npm run server-config                          write server-config/ for "/"
 *   npm run server-config -- --base /blog/         print nginx's and Caddy's for /blog/
 *   npm run server-config -- --base /blog/ --out d write them to d/nginx/site.conf, d/caddy/Caddyfile
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBase } from '../src/lib/base-path.ts';
import { serverFiles } from '../src/host-config/server-files.ts';
import { writeCloudfrontFiles } from './write-cloudfront-config.ts';
import { ROOT } from './lib/repo.ts';

function write(files: Record<string, string>, dir: string): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${relative(process.cwd(), path)}`);
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { base: { type: 'string', default: '/' }, out: { type: 'string' } } });
  const base = normaliseBase(values.base);
  if (values.out) write(serverFiles(base), values.out);
  else if (base === '/') {
    write(serverFiles(base), join(ROOT, 'server-config'));
    for (const path of writeCloudfrontFiles(base)) console.log(`wrote ${relative(process.cwd(), path)}`);
  } else {
    // The checked-in files are for "/": another base is printed, for the owner to save where their server reads it.
    for (const [name, text] of Object.entries(serverFiles(base))) process.stdout.write(`# ---- ${name} ----\n${text}\n`);
  }
}
