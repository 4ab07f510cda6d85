/**
 * The sizes of a built site: its pages, dist/ and the Pagefind index, the
 * weight (HTML, CSS, JS, raw and gzipped) of a post, the home page and the
 * search page, and what the first search query fetches.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/repo.ts';

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const path = join(dir, name);
    return statSync(path).isFile() ? sum + statSync(path).size : sum;
  }, 0);
}

function pageWeight(dist: string, page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = [...new Set([...html.matchAll(/(?:href|src)="\/?(_astro\/[^"]+\.(css|js))"/g)].map((m) => [m[1]!, m[2]!] as const))];
  const weight = { html: [html.length, gzipSync(html).length], css: [0, 0], js: [0, 0] };
  for (const [asset, kind] of assets) {
    const text = readFileSync(join(dist, asset), 'utf8');
    weight[kind as 'css' | 'js'][0]! += text.length;
    weight[kind as 'css' | 'js'][1]! += gzipSync(text).length;
  }
  return weight;
}

export function sizesOf(dist: string) {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const measured = spawnSync(process.execPath, [join(ROOT, 'scripts/measure-search.ts'), '--dir', dist, '--queries', 'ifconfig'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return {
    pages,
    distMb: +(folderBytes(dist) / 1048576).toFixed(1),
    pagefindMb: +(folderBytes(join(dist, 'pagefind')) / 1048576).toFixed(1),
    post: pageWeight(dist, 'posts/bench-1/index.html'),
    home: pageWeight(dist, 'index.html'),
    search: pageWeight(dist, 'search/index.html'),
    firstSearchBytes: Number(/\| ifconfig \| (\d+) \|/.exec(measured.stdout)?.[1] ?? NaN),
  };
}

export type Sizes = ReturnType<typeof sizesOf>;
