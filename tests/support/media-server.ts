/**
 * A stand-in for an old blog's web server, on loopback, for the importers'
 * download tests: it serves a folder (a copy of `wp-content/uploads`) under
 * `/wp-content/uploads/`, answers 404 for what the folder lacks, and can be
 * told to be slow, to redirect, or to fail a few times before it answers.
 * It counts what it was asked, and the most requests it served at once.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';

export interface MediaServerBehaviour {
  /** Paths under the uploads (`2017/05/a.png`) answered after this many milliseconds. */
  slow?: Record<string, number>;
  /** Paths that answer 302 to another path of the server. */
  redirect?: Record<string, string>;
  /** Paths that answer 503 this many times before they answer. */
  failFirst?: Record<string, number>;
  /** Paths that answer 200 with an HTML page, as some hosts answer for a missing file. */
  htmlInstead?: string[];
}

export interface MediaServer {
  origin: string;
  /** Request paths, in the order they came. */
  requests: string[];
  maxConcurrent: number;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', mp3: 'audio/mpeg', mp4: 'video/mp4', pdf: 'application/pdf' };

export async function startMediaServer(uploads: string, behaviour: MediaServerBehaviour = {}): Promise<MediaServer> {
  const failures = new Map(Object.entries(behaviour.failFirst ?? {}));
  let active = 0;
  const state: Omit<MediaServer, 'origin' | 'close'> = { requests: [], maxConcurrent: 0 };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    state.requests.push(path);
    active++;
    state.maxConcurrent = Math.max(state.maxConcurrent, active);
    response.on('close', () => active--);
    const upload = path.startsWith('/wp-content/uploads/') ? path.slice('/wp-content/uploads/'.length) : undefined;
    const answer = () => {
      if (upload && behaviour.redirect?.[upload]) {
        response.writeHead(302, { location: behaviour.redirect[upload] }).end();
        return;
      }
      if (upload && (failures.get(upload) ?? 0) > 0) {
        failures.set(upload, failures.get(upload)! - 1);
        response.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
        return;
      }
      if (upload && behaviour.htmlInstead?.includes(upload)) {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title>');
        return;
      }
      const relative = upload ?? path.replace(/^\/+/, '');
      const file = join(uploads, normalize(relative).replace(/^(\.\.[/\\])+/, ''));
      if (!existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream', 'content-length': statSync(file).size });
      createReadStream(file).pipe(response);
    };
    const delay = upload ? behaviour.slow?.[upload] : undefined;
    if (delay) setTimeout(answer, delay);
    else answer();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the media server has no port');
  return Object.assign(state, {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  });
}
