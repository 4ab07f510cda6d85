#!/usr/bin/env node
/**
 * Benchmark: builds a copy of the site with N synthetic posts shaped like the
 * real ones (prose with headings, a shell session with prompts and long
 * output, an XML and an ifcfg listing, a diagram, tags, series parts, a
 * conference, varied vocabulary), in tests/.tmp/bench-<N>/, never touching
 * content/.
 *
 *   npm run bench -- [--n 1000] [--n 10000] [--compare <git-ref>] [--only cold] [--format mdx|md]
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
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ROOT, TMP } from './lib/repo.ts';
import { copySite } from './lib/site-copy.ts';
import { DEFAULT_SITE_URL } from '../src/config/site.ts';
import type { CardBuildReport } from '../src/social-cards/social-cards-integration.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { bodyFormatOf, postBody } from '../src/post-body/post-body.ts';
import { isDiagramLang } from '../src/code-block-core/fence-languages.ts';
import { listingMarks } from '../src/network-names/entity-marks-transformer.ts';
import { entityPages } from '../src/network-names/entity-pages.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', multiple: true, default: ['1000'] },
    compare: { type: 'string' },
    /** Only these kinds of build (e.g. `--only cold` for a quick look at a large N). */
    only: { type: 'string', multiple: true },
    /** The corpus's posts: `mdx` or `md`. */
    format: { type: 'string', default: 'mdx' },
  },
});
const sizes = values.n.map(Number).filter((n) => n > 0);
if (values.format !== 'mdx' && values.format !== 'md') throw new Error(`--format ${values.format}: write mdx or md`);
/** The posts' file extension. */
const EXTENSION = values.format;
console.log(`[bench] the corpus is .${EXTENSION} posts`);

// ---------------------------------------------------------------- the corpus

/**
 * A deterministic random source (mulberry32), so two runs build the same corpus. Not a plain LCG: one
 * (glibc's constants) repeated its runs of outputs, so "random" MACs and addresses recurred across unrelated
 * hosts' listings, each in two or three posts, where a real blog's MACs are each one NIC's.
 */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = [
  ...new Set(
    readFileSync(join(ROOT, 'tests/fixtures/source-notes.txt'), 'utf8')
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? [],
  ),
];
const TAGS = ['ahv', 'networking', 'open-vswitch', 'kvm', 'nutanix', 'vlan', 'conferences', 'writing'];
const CONFERENCE = `name: Bench Conference
city: Raleigh
country: United States
venue: Convention Center
startDate: 2018-10-21
endDate: 2018-10-23
sessions:
  - kind: keynote
    title: A keynote
`;

function post(index: number, rand: () => number): string {
  const pick = () => vocabulary[Math.floor(rand() * vocabulary.length)]!;
  const words = (n: number) => Array.from({ length: n }, pick).join(' ');
  const octet = () => Math.floor(rand() * 254) + 1;
  const ip = () => `10.${octet()}.${octet()}.${octet()}`;
  const mac = () =>
    Array.from({ length: 6 }, () =>
      Math.floor(rand() * 256)
        .toString(16)
        .padStart(2, '0'),
    ).join(':');
  const day = new Date(Date.UTC(2012 + (index % 12), index % 12, (index % 28) + 1)).toISOString().slice(0, 10);
  const tags = [TAGS[index % TAGS.length], TAGS[(index * 7 + 3) % TAGS.length]].filter((t, i, all) => all.indexOf(t) === i);
  const interfaces = Array.from(
    { length: 12 },
    (_, i) => `eth${i}.${index % 100} Link encap:Ethernet HWaddr ${mac()} \n  inet addr:${ip()} Bcast:${ip()} Mask:255.255.254.0`,
  ).join('\n');
  const group = groupId(index);
  const belongs =
    index % 10 === 0
      ? `\nseries: { id: bench-series${group}, part: ${(index % GROUP_SIZE) / 10 + 1} }`
      : index % 50 === 5
        ? `\nconference: bench-conference${group}`
        : '';
  return `---
title: "Bench post ${index}: ${words(4)}"
description: "${words(14)}"
# Date: synthetic
pubDate: ${day}
tags: [${tags.join(', ')}]${belongs}
---

${words(60)}

## ${words(3)}

${words(80)}

\`\`\`shellsession title="ifconfig on host ${index}"
[root@host-${index} ~]# ifconfig -a
${interfaces}
\`\`\`

## ${words(3)}

${words(50)}

\`\`\`shellsession
[root@host-${index} ~]# cat /etc/libvirt/qemu/vm-${index}.xml
<domain type='kvm'>
 <name>vm-${index}</name>
 <memory unit='KiB'>${Math.floor(rand() * 9e6)}</memory>
 <devices>
 <interface type='bridge'>
 <mac address='${mac()}'/>
 <source bridge='br0'/>
 </interface>
 </devices>
</domain>
[root@host-${index} ~]# cat ifcfg-br0
DEVICE=br0
IPADDR=${ip()}
NETMASK=255.255.254.0
\`\`\`

\`\`\`dot alt="Host ${index}: a VM reaches the physical network through vnet0, bridge br0 and bond0." caption="Host ${index}"
digraph { rankdir=LR; vm -> vnet0 -> br0 -> bond0 -> eth2; bond0 -> eth3; }
\`\`\`

### ${words(2)}

${words(70)}
`;
}

/**
 * Every 1,000 posts have their own series (a part every tenth post) and
 * conference (a session every fiftieth), as a real blog grows by more series,
 * not longer ones; so N posts cost N times what one group costs. The first
 * group's ids have no suffix, so a 1,000-post corpus is the one measured
 * before this grouping.
 */
const GROUP_SIZE = 1000;
const groupId = (index: number): string => (index < GROUP_SIZE ? '' : `-${Math.floor(index / GROUP_SIZE)}`);

/** Replaces the copy's posts, series and conferences with the corpus of N posts. */
function writeCorpus(dir: string, n: number): void {
  for (const folder of ['posts', 'conferences']) {
    rmSync(join(dir, 'content', folder), { recursive: true, force: true });
    mkdirSync(join(dir, 'content', folder), { recursive: true });
  }
  for (let first = 0; first < n; first += GROUP_SIZE) {
    const group = groupId(first);
    const parts = Math.ceil(Math.min(GROUP_SIZE, n - first) / 10);
    writeFileSync(join(dir, `content/series/bench-series${group}.yaml`), `title: Bench series${group}\nsummary: Synthetic parts.\nparts: ${parts}\n`);
    if (n - first > 5) writeFileSync(join(dir, `content/conferences/bench-conference${group}.yaml`), CONFERENCE.replace(/^name: (.*)$/m, `name: $1${group}`));
  }
  const rand = random(n);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `content/posts/bench-${i}.${EXTENSION}`), post(i, rand));
}

/** The author's save: one sentence added to one post. */
function editOnePost(dir: string, round: number): void {
  const file = join(dir, `content/posts/bench-1.${EXTENSION}`);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited in round ${round}: one more sentence.\n`);
}

// ---------------------------------------------------------------- the sites

interface Site {
  label: string;
  dir: string;
}

const SITE_PARTS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src'];

/** A copy of the site as it was at `ref` (its code; the corpus is written afterwards). */
function copySiteAt(ref: string, name: string): string {
  const dir = copySite(name);
  for (const part of SITE_PARTS) rmSync(join(dir, part), { recursive: true, force: true });
  const archive = execFileSync('git', ['archive', '--format=tar', ref, ...SITE_PARTS, 'content/tags.yaml', 'public'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return dir;
}

// ---------------------------------------------------------------- a build

const ALL_BUILD_KINDS = ['cold', 'cold, cards cached', 'rebuild', 'one edit'] as const;
type BuildKind = (typeof ALL_BUILD_KINDS)[number];
const BUILD_KINDS = ALL_BUILD_KINDS.filter((kind) => !values.only || values.only.includes(kind));

/** What issue 11 aims at for 1,000 posts on the project's machine (2 cores). */
const GOALS = { coldSeconds: 20, oneEditSeconds: 10, peakMb: 1536 };

interface Phases {
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

interface BuildResult {
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

function build(site: Site): BuildResult {
  const report = join(site.dir, 'node_modules/.astro/social-cards/last-build.json');
  rmSync(report, { force: true });
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
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
  const warnings = run.stdout.split('\n').filter((l) => /\bWARN\b/.test(l));
  if (warnings.length > 0) console.log(`[bench]   ${site.label}: ${warnings.length} warning(s) in the log, the first: ${warnings[0]!.slice(0, 160)}`);
  return {
    seconds: wall!,
    peakMb: Math.round(peakKb! / 1024),
    phases: phasesOf(run.stdout, wall!),
    ...(existsSync(report) ? { cards: JSON.parse(readFileSync(report, 'utf8')) as CardBuildReport } : {}),
  };
}

function runBuild(site: Site, kind: BuildKind, round: number): BuildResult {
  if (kind === 'cold') clearCaches(site.dir, { keepCards: false });
  if (kind === 'cold, cards cached') clearCaches(site.dir, { keepCards: true });
  if (kind === 'one edit') editOnePost(site.dir, round);
  const result = build(site);
  console.log(`[bench]   ${site.label}, ${kind}: ${result.seconds} s, ${result.peakMb} MB`);
  return result;
}

// ---------------------------------------------------------------- sizes

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

function sizesOf(dist: string) {
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

// ---------------------------------------------------------------- the run

const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--', ...SITE_PARTS], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
const thisLabel = `${head}${dirty ? ' + changes' : ''}`;
const compareRef = values.compare ? execFileSync('git', ['rev-parse', '--short', values.compare], { cwd: ROOT, encoding: 'utf8' }).trim() : undefined;

/**
 * What finding the network's names costs, timed here on the corpus rather than inside the build (the build
 * finds them twice, in two module graphs: for the entity pages, and in the highlighter for the marks).
 */
function entityCost(dir: string): { seconds: number; pages: number } {
  const folder = join(dir, 'content/posts');
  const bodies = readdirSync(folder).map((file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    return { id: file, title: file, entities: true, body: postBody(parseFrontmatter(text, { frontmatter: 'remove' }).content, bodyFormatOf(file)) };
  });
  const start = performance.now();
  const pages = entityPages(bodies).length;
  for (const { body } of bodies) for (const listing of body.listings) if (!isDiagramLang(listing.lang)) listingMarks(listing.lang, listing.lines.join('\n'));
  return { seconds: (performance.now() - start) / 1000, pages };
}

interface SizeResult {
  n: number;
  /** This commit first, then the compared one. */
  sites: string[];
  builds: Record<string, Partial<Record<BuildKind, BuildResult>>>;
  sizes: ReturnType<typeof sizesOf>;
  entities: ReturnType<typeof entityCost>;
}
const results: SizeResult[] = [];
for (const n of sizes) {
  console.log(`[bench] N=${n}: copying the site${compareRef ? ` and the site at ${compareRef}` : ''}, writing ${n} posts…`);
  const sites: Site[] = [{ label: thisLabel, dir: copySite(`bench-${n}`) }];
  if (compareRef) sites.push({ label: compareRef, dir: copySiteAt(compareRef, `bench-${n}-${compareRef}`) });
  for (const site of sites) writeCorpus(site.dir, n);

  const builds: Record<string, Partial<Record<BuildKind, BuildResult>>> = Object.fromEntries(sites.map((s) => [s.label, {}]));
  BUILD_KINDS.forEach((kind, round) => {
    console.log(`[bench] N=${n}: ${kind} build${sites.length > 1 ? 's, one after the other' : ''}…`);
    for (const site of sites) builds[site.label]![kind] = runBuild(site, kind, round);
  });
  console.log(`[bench] N=${n}: measuring sizes and the first search query…`);
  const sizesNow = sizesOf(join(sites[0]!.dir, 'dist'));
  results.push({ n, sites: sites.map((s) => s.label), builds, sizes: sizesNow, entities: entityCost(sites[0]!.dir) });
}

// ---------------------------------------------------------------- the report

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

for (const r of results) {
  const [now, before] = r.sites;
  console.log(`\n### ${r.n} posts\n`);
  console.log(
    before
      ? `| build | ${now} (s) | ${before} (s) | ratio | peak MB, ${now} | peak MB, ${before} |\n| --- | ---: | ---: | ---: | ---: | ---: |`
      : `| build | time (s) | peak memory (MB) |\n| --- | ---: | ---: |`,
  );
  for (const kind of BUILD_KINDS) {
    const a = r.builds[now!]![kind]!;
    const b = before ? r.builds[before]![kind] : undefined;
    console.log(
      before
        ? `| ${kind} | ${s(a.seconds)} | ${s(b?.seconds)} | ${ratio(a.seconds, b?.seconds)} | ${a.peakMb} | ${b?.peakMb ?? '–'} |`
        : `| ${kind} | ${s(a.seconds)} | ${a.peakMb} |`,
    );
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
  console.log(`\nPhases (s): start-up, setup (content sync), bundle (Vite: MDX, highlighting, diagrams), pages, after the pages (link check ∥ search index)\n`);
  console.log(
    '| build | site | start-up | setup | bundle | pages | after | link check | search index |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const kind of BUILD_KINDS) {
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
    console.log('\nGoals (1,000 posts):\n');
    console.log(
      [
        goal('cold build', mine.cold?.seconds, GOALS.coldSeconds, 's', phasesOf(mine.cold)),
        goal('one edit', mine['one edit']?.seconds, GOALS.oneEditSeconds, 's', phasesOf(mine['one edit'])),
        ...BUILD_KINDS.map((kind) => goal(`peak memory, ${kind}`, mine[kind]?.peakMb, GOALS.peakMb, 'MB', '')),
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
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
  const cold = (r: SizeResult) => r.builds[r.sites[0]!]!.cold!;
  if (a.builds[a.sites[0]!]!.cold && b.builds[b.sites[0]!]!.cold)
    console.log(
      `\nScaling: ${b.n / a.n}× the posts took ${(cold(b).seconds / cold(a).seconds).toFixed(2)}× the cold build time and ${(cold(b).peakMb / cold(a).peakMb).toFixed(2)}× the peak memory.`,
    );
}
mkdirSync(join(TMP, 'bench'), { recursive: true });
writeFileSync(join(TMP, 'bench/results.json'), JSON.stringify(results, null, 2));
console.log(`\nResults: ${join(TMP, 'bench/results.json')}`);
