#!/usr/bin/env node
/**
 * Serves a built site the way a plain static host does (GitHub Pages,
 * Netlify, S3): files as they are, `dir/` -> `dir/index.html`, `dir` -> 301 to
 * `dir/`, anything else -> `404.html` with status 404. The browser tests use
 * it so they can run while `npm start` (astro preview) is also running.
 *
 *   node scripts/serve-static.mjs [--dir dist] [--port 4322] [--base /]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4322' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

/** @param {string} file */
function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} file */
function send(res, status, file) {
  res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const notFound = () => (isFile(join(root, '404.html')) ? send(res, 404, join(root, '404.html')) : res.writeHead(404).end('Not found'));
  if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) return notFound();
  let relativePath;
  try {
    relativePath = decodeURIComponent(url.pathname.slice(base.length - 1));
  } catch {
    return notFound();
  }
  const file = normalize(join(root, relativePath));
  if (file !== root && !file.startsWith(root + sep)) return notFound();
  if (isFile(file)) return send(res, 200, file);
  if (isFile(join(file, 'index.html'))) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    return send(res, 200, join(file, 'index.html'));
  }
  return notFound();
}).listen(Number(values.port), 'localhost', () => {
  console.log(`Serving ${root} at http://localhost:${values.port}${base}`);
});
