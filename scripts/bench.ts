#!/usr/bin/env node
/**
 * Benchmark: builds a copy of the site with N synthetic posts shaped like the
 * real ones (prose with headings, a shell session with prompts and long
 * output, an XML and an ifcfg listing, a diagram, tags, series parts, a
 * conference, varied vocabulary), in tests/.tmp/bench-<N>/, never touching
 * content/.
 *
 *   npm run bench -- [--n 1000] [--n 10000] [--peer plain-astro] [--compare <git-ref>] [--only cold] [--format mdx|md]
 *
 * `--format` says what kind of post the corpus is: MDX (the default) or plain
 * Markdown, the same text either way (it uses nothing only MDX has).
 *
 * Each copy is built four ways, in this order:
 * - cold: dist/ and every cache removed;
 * - cold, cards cached: the same, but the social cards' cache kept, so the
 *   difference from cold is what drawing the cards costs;
 * - rebuild: nothing changed since the last build;
 * - one edit: one post's text changed, as an author's save would.
 *
 * With `--compare <ref>`, the same corpus is also built by the site as it was
 * at that commit (its src/, content config and astro.config.mjs, with today's
 * node_modules), each build right after the same build of this one, and the
 * ratios are printed: absolute times on a shared machine drift, ratios from
 * one run much less.
 *
 * Prints progress, then Markdown tables: builds, the phases of each, and
 * sizes; writes tests/.tmp/bench/results.json.
 *
 * With `--peer plain-astro`, a plain Astro blog in the shape of Astro's
 * starter is built from the same corpus (as `.md`) in the same run, each
 * build right after this site's, then Pagefind indexes it
 * (bench/plain-astro.ts); the ratios to it are printed, and the goals are
 * read against it.
 *
 * The dev server is measured too (unless `--only` leaves it out): how long
 * `astro dev` takes to serve a post, and how long an edit takes to show
 * (bench/dev-server.ts).
 *
 * This file reads the flags and runs the N's one after the other; the parts
 * are in scripts/bench/: the corpus (corpus.ts), the site copies (sites.ts),
 * one timed build (build.ts), a built site's sizes (sizes.ts), the network
 * names' cost (entity-cost.ts) and the report (report.ts).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_BUILD_KINDS, runBuild, type BuildKind, type BuildResult } from './bench/build.ts';
import { writeCorpus } from './bench/corpus.ts';
import { measureDevServer, type DevServerTimes } from './bench/dev-server.ts';
import { entityCost } from './bench/entity-cost.ts';
import { PLAIN_ASTRO, writePlainAstroBlog } from './bench/plain-astro.ts';
import { printReport, writeResults, type BenchResult } from './bench/report.ts';
import { copySiteAt, shortCommit, thisSiteLabel, type Site } from './bench/sites.ts';
import { sizesOf } from './bench/sizes.ts';
import { copySite } from './lib/site-copy.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', multiple: true, default: ['1000'] },
    compare: { type: 'string' },
    /** `plain-astro`: also build a plain Astro blog from the same corpus. */
    peer: { type: 'string' },
    /** Only these kinds of build (e.g. `--only cold` for a quick look at a large N), and `dev` for the dev server. */
    only: { type: 'string', multiple: true },
    /** The corpus's posts: `mdx` or `md`. */
    format: { type: 'string', default: 'mdx' },
  },
});
/** How many posts each corpus has, one run per number. */
const postCounts = values.n.map(Number).filter((n) => n > 0);
if (values.format !== 'mdx' && values.format !== 'md') throw new Error(`--format ${values.format}: write mdx or md`);
/** The posts' format, and their file extension. */
const format = values.format;
console.log(`[bench] the corpus is .${format} posts`);
const buildKinds = ALL_BUILD_KINDS.filter((kind) => !values.only || values.only.includes(kind));
/** `--only dev` measures the dev server (after the builds asked for); without `--only`, it is measured too. */
const measureDev = !values.only || values.only.includes('dev');

if (values.peer !== undefined && values.peer !== 'plain-astro') throw new Error(`--peer ${values.peer}: the one peer is plain-astro`);
const thisLabel = thisSiteLabel();
const compareRef = values.compare ? shortCommit(values.compare) : undefined;

const results: BenchResult[] = [];
for (const n of postCounts) {
  console.log(
    `[bench] N=${n}: copying the site${compareRef ? ` and the site at ${compareRef}` : ''}${values.peer ? ' and writing the plain Astro blog' : ''}, writing ${n} posts…`,
  );
  const sites: Site[] = [{ label: thisLabel, dir: copySite(`bench-${n}`) }];
  if (compareRef) sites.push({ label: compareRef, dir: copySiteAt(compareRef, `bench-${n}-${compareRef}`) });
  for (const site of sites) writeCorpus(site.dir, n, format);
  if (values.peer) sites.push({ label: PLAIN_ASTRO, dir: writePlainAstroBlog(`bench-${n}-plain-astro`, n), peer: 'plain-astro' });

  const builds: Record<string, Partial<Record<BuildKind, BuildResult>>> = Object.fromEntries(sites.map((s) => [s.label, {}]));
  buildKinds.forEach((kind, round) => {
    console.log(`[bench] N=${n}: ${kind} build${sites.length > 1 ? 's, one after the other' : ''}…`);
    for (const site of sites) builds[site.label]![kind] = runBuild(site, kind, round, format);
  });
  let dev: DevServerTimes | undefined;
  if (measureDev) {
    console.log(`[bench] N=${n}: the dev server: ready, then an edit shown…`);
    dev = await measureDevServer(sites[0]!.dir, format);
    console.log(`[bench]   ready in ${dev.readySeconds} s, an edit shown in ${dev.editSeconds} s`);
  }
  // `--only dev`: no build, so no sizes and no report beyond the line above.
  if (buildKinds.length === 0) continue;
  console.log(`[bench] N=${n}: measuring sizes and the first search query…`);
  const sizesNow = sizesOf(join(sites[0]!.dir, 'dist'));
  results.push({
    n,
    sites: sites.map((s) => s.label),
    ...(values.peer ? { peer: PLAIN_ASTRO } : {}),
    builds,
    sizes: sizesNow,
    entities: entityCost(sites[0]!.dir),
    ...(dev ? { dev } : {}),
  });
}

printReport(results, buildKinds);
writeResults(results);
