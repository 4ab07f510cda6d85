#!/usr/bin/env node
/**
 * Serves a built site the way a plain static host does (GitHub Pages,
 * Netlify, S3): files as they are (sirv), `dir/` -> `dir/index.html`,
 * `dir` -> 301 to `dir/`, anything else -> `404.html` with status 404, all
 * under the base path. `npm start` and `npm run preview` serve dist/ with it
 * on port 4321 (astro preview answers a folder without its slash with a bare
 * "404: Not Found"), and the browser tests serve each test site with it on
 * ports of their own, so what they test is what `npm start` does.
 *
 *   node scripts/serve.ts [--dir dist] [--port 4322] [--base /]   (defaults: OUT_DIR, BASE_PATH)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { normaliseBase } from '../src/lib/base-path.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env['OUT_DIR'] || 'dist' },
    port: { type: 'string', default: '4322' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
  },
});

const root = resolve(values.dir);
const base = normaliseBase(values.base);
const serveFile = sirv(root, { dev: true, etag: true, extensions: [] });

function notFound(res: ServerResponse): void {
  const page = join(root, '404.html');
  if (!existsSync(page)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  createReadStream(page).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) return notFound(res);
  let inSite: string;
  try {
    inSite = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return notFound(res);
  }
  // A folder asked for without its slash: redirect, as static hosts do, so relative links resolve.
  const folder = join(root, inSite);
  if (inSite !== '' && !url.pathname.endsWith('/') && folder.startsWith(root) && existsSync(join(folder, 'index.html')) && statSync(folder).isDirectory()) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  // `dir/` is `dir/index.html`, and nothing else is guessed (sirv's `extensions: []`): `/foo` never serves `foo.html`.
  const index = url.pathname.endsWith('/') ? 'index.html' : '';
  req.url = `/${url.pathname.slice(base.length)}${index}${url.search}`;
  return serveFile(req, res, () => notFound(res));
}).listen(Number(values.port), 'localhost', () => {
  console.log(`Serving ${root} at http://localhost:${values.port}${base}`);
});
