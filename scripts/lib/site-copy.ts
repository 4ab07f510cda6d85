/**
 * A throwaway copy of the site's sources. Copies live under tests/.tmp/
 * inside the repo so they resolve the repo's node_modules, and each gets its
 * own Astro cache. Used by the tests and the benchmark.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP } from './repo.ts';

const SITE_PARTS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

/** A fresh copy of the site's sources at tests/.tmp/<name>/, ready to be broken. */
export function copySite(name: string): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of SITE_PARTS) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return dir;
}
