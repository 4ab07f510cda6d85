/**
 * The sites the benchmark builds: a copy of this checkout, and with
 * `--compare <ref>` a copy of the site as it was at that commit, each named
 * by the commit it is.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/repo.ts';
import { copySite } from '../lib/site-copy.ts';

export interface Site {
  label: string;
  dir: string;
  /** The plain Astro blog (plain-astro.ts) builds as Astro's starter would, then runs Pagefind; the others are this site. */
  peer?: 'plain-astro';
}

const SITE_PARTS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src'];

/** A copy of the site as it was at `ref` (its code; the corpus is written afterwards). */
export function copySiteAt(ref: string, name: string): string {
  const dir = copySite(name);
  for (const part of SITE_PARTS) rmSync(join(dir, part), { recursive: true, force: true });
  const archive = execFileSync('git', ['archive', '--format=tar', ref, ...SITE_PARTS, 'content/tags.yaml', 'public'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return dir;
}

/** This checkout's label: its commit, and "+ changes" when the site's code differs from it. */
export function thisSiteLabel(): string {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', ...SITE_PARTS], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
  return `${head}${dirty ? ' + changes' : ''}`;
}

/** A ref's short commit hash, the compared site's label. */
export function shortCommit(ref: string): string {
  return execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
}
