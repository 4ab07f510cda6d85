/**
 * One build of a site copy, timed: the four kinds of build (cold, cold with
 * the cards cached, rebuild, one edit), what each prepares, and the wall
 * time, peak memory and phases read from `/usr/bin/time` and Astro's log.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/repo.ts';
import { DEFAULT_SITE_URL } from '../../src/config/site.ts';
import type { CardBuildReport } from '../../src/social-cards/social-cards-integration.ts';
import { editOnePost, type PostFormat } from './corpus.ts';
import { PLAIN_ASTRO_POSTS } from './plain-astro.ts';
import type { Site } from './sites.ts';

/** Every kind of build, in the order each copy is built. */
export const ALL_BUILD_KINDS = ['cold', 'cold, cards cached', 'rebuild', 'one edit'] as const;
export type BuildKind = (typeof ALL_BUILD_KINDS)[number];

export interface Phases {
  /** Node and Astro starting, the config and its integrations loaded. */
  startup: number;
  /** Content sync and build info. */
  setup: number;
  /** Vite: compiling the MDX (Markdown, highlighting, diagrams) and the pages' code. */
  bundle: number;
  /** Rendering every page to HTML. */
  pages: number;
  /** After the pages: cards placed, sitemap, link check and search index. */
  after: number;
  linkCheck?: number;
  searchIndex?: number;
}

export interface BuildResult {
  seconds: number;
  peakMb: number;
  phases: Phases;
  cards?: CardBuildReport;
}

/** Seconds from Astro's and Vite's "in 1.23s", "in 456ms", "in 2m 3s" (or "2m"). */
function seconds(text: string | undefined): number {
  if (!text) return NaN;
  const m = /^(?:(\d+)m)?\s*(?:([\d.]+)\s*(ms|s))?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return NaN;
  return Number(m[1] ?? 0) * 60 + (m[2] === undefined ? 0 : Number(m[2]) / (m[3] === 'ms' ? 1000 : 1));
}

const DURATION = String.raw`((?:\d+m)?\s*(?:[\d.]+m?s)?)`;

function phasesOf(log: string, wall: number): Phases {
  const line = (pattern: RegExp) => pattern.exec(log)?.[1];
  const setup = seconds(line(new RegExp(String.raw`\[build\] ✓ Completed in ${DURATION}\.?$`, 'm')));
  const bundle = seconds(line(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}$`, 'm')));
  const pages = seconds(line(new RegExp(String.raw`^\S+ ✓ Completed in ${DURATION}\.?$`, 'm')));
  const staticBuild = seconds([...log.matchAll(new RegExp(String.raw`\[build\] ✓ Completed in ${DURATION}\.?$`, 'gm'))][1]?.[1]);
  const whole = seconds(line(new RegExp(String.raw`\[build\] \d+ page\(s\) built in ${DURATION}$`, 'm')));
  const linkCheck = seconds(line(/\[site:link-check\].* in (\d+ ms)/));
  const searchIndex = seconds(line(/\[site:pagefind\] Indexed \d+ pages in (\d+ ms)/));
  return {
    startup: +(wall - whole).toFixed(2),
    setup,
    bundle,
    pages,
    after: +(whole - staticBuild).toFixed(2),
    ...(Number.isFinite(linkCheck) ? { linkCheck } : {}),
    ...(Number.isFinite(searchIndex) ? { searchIndex } : {}),
  };
}

function clearCaches(dir: string, { keepCards }: { keepCards: boolean }): void {
  for (const path of ['dist', '.astro', 'node_modules/.vite']) rmSync(join(dir, path), { recursive: true, force: true });
  const astroCache = join(dir, 'node_modules/.astro');
  if (existsSync(astroCache))
    for (const name of readdirSync(astroCache)) if (!(keepCards && name === 'social-cards')) rmSync(join(astroCache, name), { recursive: true, force: true });
}

/** Runs `args` under /usr/bin/time in the site's folder: its log, wall seconds and peak memory (MB). */
function timed(site: Site, args: string[]): { log: string; seconds: number; peakMb: number } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], {
    cwd: site.dir,
    encoding: 'utf8',
    // A SITE_URL, so the log's warnings are the site's own, not the missing origin's.
    env: { ...process.env, SITE_URL: DEFAULT_SITE_URL, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(run.stdout.slice(-3000), run.stderr.slice(-3000));
    throw new Error(`the build of ${site.label} failed`);
  }
  const [wall, peakKb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { log: run.stdout, seconds: wall!, peakMb: Math.round(peakKb! / 1024) };
}

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

function build(site: Site): BuildResult {
  if (site.peer === 'plain-astro') return buildPlainAstro(site);
  const report = join(site.dir, 'node_modules/.astro/social-cards/last-build.json');
  rmSync(report, { force: true });
  const { log, seconds, peakMb } = timed(site, [ASTRO, 'build']);
  const warnings = log.split('\n').filter((l) => /\bWARN\b/.test(l));
  if (warnings.length > 0) console.log(`[bench]   ${site.label}: ${warnings.length} warning(s) in the log, the first: ${warnings[0]!.slice(0, 160)}`);
  return {
    seconds,
    peakMb,
    phases: phasesOf(log, seconds),
    ...(existsSync(report) ? { cards: JSON.parse(readFileSync(report, 'utf8')) as CardBuildReport } : {}),
  };
}

/** The plain blog's build: `astro build`, then `pagefind --site dist`; their times add up, the peak is the larger. */
function buildPlainAstro(site: Site): BuildResult {
  const astro = timed(site, [ASTRO, 'build']);
  const pagefind = timed(site, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist']);
  const seconds = +(astro.seconds + pagefind.seconds).toFixed(2);
  return {
    seconds,
    peakMb: Math.max(astro.peakMb, pagefind.peakMb),
    phases: { ...phasesOf(astro.log, astro.seconds), searchIndex: pagefind.seconds },
  };
}

/** Prepares the copy for this kind of build (caches cleared, a post edited), then builds it. */
export function runBuild(site: Site, kind: BuildKind, round: number, format: PostFormat): BuildResult {
  if (kind === 'cold') clearCaches(site.dir, { keepCards: false });
  if (kind === 'cold, cards cached') clearCaches(site.dir, { keepCards: true });
  if (kind === 'one edit') editOnePost(site.dir, round, site.peer ? 'md' : format, site.peer ? PLAIN_ASTRO_POSTS : undefined);
  const result = build(site);
  console.log(`[bench]   ${site.label}, ${kind}: ${result.seconds} s, ${result.peakMb} MB`);
  return result;
}
