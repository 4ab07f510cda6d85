/**
 * The benchmark's report: Markdown tables of the builds (with ratios under
 * `--compare`), their phases, the goals for 1,000 posts, the network names'
 * cost and the sizes, printed; and every figure in
 * tests/.tmp/bench/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TMP } from '../lib/repo.ts';
import type { BuildKind, BuildResult } from './build.ts';
import type { DevServerTimes } from './dev-server.ts';
import type { EntityCost } from './entity-cost.ts';
import type { Sizes } from './sizes.ts';

/**
 * What the site aims at for 1,000 posts on the project's machine (2 cores):
 * a cold build no slower than the plain Astro blog's in the same run (when
 * `--peer plain-astro` measured it; else the last time it was measured), an
 * edit shown in 5 s, 1.5 GiB at most; and a dev server ready in 15 s that
 * shows an edit in half a second.
 */
const GOALS = { coldSeconds: 11.6, oneEditSeconds: 5, peakMb: 1536, devReadySeconds: 15, devEditSeconds: 0.5 };

/** Everything measured for one N: each site's builds, and this site's sizes and network names. */
export interface BenchResult {
  n: number;
  /** This commit first, then the compared one, then the plain Astro blog. */
  sites: string[];
  /** The plain Astro blog's label, when it was built. */
  peer?: string;
  builds: Record<string, Partial<Record<BuildKind, BuildResult>>>;
  sizes: Sizes;
  entities: EntityCost;
  /** This site's dev server, when it was measured. */
  dev?: DevServerTimes;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

/** Prints the Markdown tables and lines for every N, then how the cold build scaled from the first N to the last. */
export function printReport(results: readonly BenchResult[], buildKinds: readonly BuildKind[]): void {
  for (const r of results) {
    const [now, ...others] = r.sites;
    console.log(
      `| build | ${r.sites.map((label) => `${label} (s)`).join(' | ')} | ${others.map((label) => `ratio to ${label}`).join(' | ')}${others.length ? ' | ' : ''}${r.sites.map((label) => `peak MB, ${label}`).join(' | ')} |`,
    );
    console.log(`| --- |${' ---: |'.repeat(r.sites.length * 2 + others.length)}`);
    for (const kind of buildKinds) {
      const mine = r.builds[now!]![kind]!;
      const each = r.sites.map((label) => r.builds[label]![kind]);
      const ratios = others.map((label) => ratio(mine.seconds, r.builds[label]![kind]?.seconds));
      console.log(`| ${kind} | ${[...each.map((b) => s(b?.seconds)), ...ratios, ...each.map((b) => b?.peakMb ?? '–')].join(' | ')} |`);
    }
    for (const label of r.sites) {
      const cold = r.builds[label]!.cold;
      const cached = r.builds[label]!['cold, cards cached'];
      if (!cold || !cached) continue;
      const cost = cold.seconds - cached.seconds;
      console.log(
        `\nSocial cards, ${label}: ${cold.cards ? `${cold.cards.drawn} drawn in ${cold.cards.drawSeconds} s of worker time` : 'no card report'}; the cold build took ${s(cost)} s longer than with the cards cached: ${((100 * cost) / cold.seconds).toFixed(0)}% of it.`,
      );
    }
    console.log(
      `\nPhases (s): start-up, setup (content sync), bundle (Vite: MDX, highlighting, diagrams), pages, after the pages (link check ∥ search index)\n`,
    );
    console.log(
      '| build | site | start-up | setup | bundle | pages | after | link check | search index |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const kind of buildKinds) {
      for (const label of r.sites) {
        const p = r.builds[label]![kind]!.phases;
        console.log(
          `| ${kind} | ${label} | ${s(p.startup)} | ${s(p.setup)} | ${s(p.bundle)} | ${s(p.pages)} | ${s(p.after)} | ${s(p.linkCheck)} | ${s(p.searchIndex)} |`,
        );
      }
    }
    const mine = r.builds[now!]!;
    const goal = (name: string, value: number | undefined, limit: number, unit: string, slowest: string) =>
      value === undefined
        ? ''
        : value <= limit
          ? `- ${name}: ${value.toFixed(1)} ${unit}, within the ${limit} ${unit} aimed at.`
          : `- ${name}: ${value.toFixed(1)} ${unit}, ${(value - limit).toFixed(1)} ${unit} over the ${limit} ${unit} aimed at (${(value / limit).toFixed(2)}×). ${slowest}`;
    /** A missed time goal's phases, largest first, each with what it is made of and what one unit of it costs. */
    const phasesOf = (result: BuildResult | undefined) => {
      if (!result) return '';
      const p = result.phases;
      const pages = r.sizes.pages;
      const parts: Array<[string, number, string]> = [
        ['bundle', p.bundle, `Vite compiling ${r.n} post modules and the pages' code: ${((1000 * p.bundle) / r.n).toFixed(1)} ms a post`],
        [
          'pages',
          p.pages,
          `${pages} pages rendered or copied from the last build, ${r.entities.pages} of them network names: ${((1000 * p.pages) / pages).toFixed(1)} ms a page`,
        ],
        ['after the pages', p.after, `the search index ${s(p.searchIndex)} s for ${pages} pages, beside the link check ${s(p.linkCheck)} s and the last cards`],
        ['start-up and setup', p.startup + p.setup, 'Node, Astro and the config, the content sync'],
      ];
      parts.sort((a, b) => b[1] - a[1]);
      return `What stops it, largest first: ${parts.map(([name, seconds, what]) => `${name} ${s(seconds)} s (${what})`).join('; ')}.`;
    };
    if (r.n === 1000) {
      const peerCold = r.peer ? r.builds[r.peer]!.cold?.seconds : undefined;
      console.log(
        `\nGoals (1,000 posts; the cold build's is ${peerCold ? `the plain Astro blog's ${s(peerCold)} s in this run` : `${GOALS.coldSeconds} s, the plain Astro blog's when last measured`}):\n`,
      );
      console.log(
        [
          goal('cold build', mine.cold?.seconds, peerCold ?? GOALS.coldSeconds, 's', phasesOf(mine.cold)),
          goal('one edit', mine['one edit']?.seconds, GOALS.oneEditSeconds, 's', phasesOf(mine['one edit'])),
          ...buildKinds.map((kind) => goal(`peak memory, ${kind}`, mine[kind]?.peakMb, GOALS.peakMb, 'MB', '')),
          goal('dev server ready (a post served)', r.dev?.readySeconds, GOALS.devReadySeconds, 's', ''),
          goal('dev server, an edit shown', r.dev?.editSeconds, GOALS.devEditSeconds, 's', ''),
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
    if (r.dev)
      console.log(
        `\nDev server (${now}): a post served ${s(r.dev.readySeconds)} s after \`astro dev\` started; an edit shown ${r.dev.editSeconds.toFixed(2)} s after it was saved.`,
      );
    const cold = mine.cold?.seconds;
    console.log(
      `\nNetwork names: ${r.entities.pages} entity pages; finding the names (for the pages and for the marks) takes ${r.entities.seconds.toFixed(2)} s${cold ? `, ${((100 * r.entities.seconds) / cold).toFixed(1)}% of the cold build` : ''}.`,
    );
    const z = r.sizes;
    const w = (p: typeof z.post) => `${kb(p.html[1]!)} / ${kb(p.css[1]!)} / ${kb(p.js[1]!)}`;
    console.log(
      `\nSizes (${now}): ${z.pages} pages, dist ${z.distMb} MB, Pagefind ${z.pagefindMb} MB; HTML / CSS / JS gzip (KB): post ${w(z.post)}, home ${w(z.home)}, search ${w(z.search)}; first search query fetches ${kb(z.firstSearchBytes)} KB.`,
    );
  }
  if (results.length >= 2) {
    const [a, b] = [results[0]!, results.at(-1)!];
    const cold = (r: BenchResult) => r.builds[r.sites[0]!]!.cold!;
    if (a.builds[a.sites[0]!]!.cold && b.builds[b.sites[0]!]!.cold)
      console.log(
        `\nScaling: ${b.n / a.n}× the posts took ${(cold(b).seconds / cold(a).seconds).toFixed(2)}× the cold build time and ${(cold(b).peakMb / cold(a).peakMb).toFixed(2)}× the peak memory.`,
      );
  }
}

/** Writes every figure to tests/.tmp/bench/results.json, and says where. */
export function writeResults(results: readonly BenchResult[]): void {
  mkdirSync(join(TMP, 'bench'), { recursive: true });
  writeFileSync(join(TMP, 'bench/results.json'), JSON.stringify(results, null, 2));
  console.log(`\nResults: ${join(TMP, 'bench/results.json')}`);
}
