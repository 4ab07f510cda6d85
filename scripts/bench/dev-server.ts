/**
 * The dev server's two times, as an author feels them: how long `astro dev`
 * takes from its start to serving a post (the content sync included), and
 * how long a saved edit of that post takes to show in the page it serves.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/repo.ts';
import type { PostFormat } from './corpus.ts';

export interface DevServerTimes {
  /** From `astro dev` starting to the first post page served. */
  readySeconds: number;
  /** From an edit saved to the served page showing it. */
  editSeconds: number;
}

/** A port no test uses, so a bench run never meets a test's server. */
const PORT = 4398;

/** GETs `url` every 25 ms until `ready(text)`, for at most `limitMs`; the page's text. */
async function pollUntil(url: string, ready: (text: string) => boolean, limitMs: number): Promise<string> {
  for (const deadline = Date.now() + limitMs; Date.now() < deadline;) {
    const text = await fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '');
    if (text && ready(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer as expected within ${limitMs / 1000} s`);
}

export async function measureDevServer(dir: string, format: PostFormat): Promise<DevServerTimes> {
  const post = join(dir, `content/posts/bench-2.${format}`);
  const original = readFileSync(post, 'utf8');
  const started = performance.now();
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const url = `http://localhost:${PORT}/posts/bench-2/`;
    await pollUntil(url, (text) => text.includes('Bench post 2'), 300_000);
    const readySeconds = (performance.now() - started) / 1000;
    const sentence = `Edited while the dev server ran, at ${Date.now()}.`;
    const saved = performance.now();
    writeFileSync(post, `${original}\n${sentence}\n`);
    await pollUntil(url, (text) => text.includes(sentence), 60_000);
    return { readySeconds: +readySeconds.toFixed(2), editSeconds: +((performance.now() - saved) / 1000).toFixed(2) };
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
    writeFileSync(post, original);
  }
}
