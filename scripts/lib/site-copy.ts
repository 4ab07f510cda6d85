/**
 * A throwaway copy of the site's sources. Copies live under tests/.tmp/
 * inside the repo so they resolve the repo's node_modules, and each gets its
 * own Astro cache. Used by the tests and the benchmark.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
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

/**
 * Takes every post out of a copy but `keep` (paths like `content/posts/x.mdx`): a build that is about how one
 * post is drawn or checked builds in a third of the time, through the same wiring as the whole site's.
 */
export function keepOnlyPosts(dir: string, ...keep: string[]): void {
  const posts = join(dir, 'content/posts');
  for (const name of readdirSync(posts)) if (!keep.includes(`content/posts/${name}`)) rmSync(join(posts, name), { recursive: true });
}
