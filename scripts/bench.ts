#!/usr/bin/env node
/**
 * Benchmark: builds a copy of the site with N synthetic posts shaped like the
 * real ones (prose with headings, a shell session with prompts and long
 * output, an XML and an ifcfg listing, a diagram, tags, series parts, varied
 * vocabulary), in tests/.tmp/bench-<N>/, never touching content/.
 *
 *   npm run bench -- --n 1000 [--n 2000]
 *
 * Then it builds the same copy again, as a rebuild would (the social cards
 * come from the cache), and reads what each build spent on cards from the
 * report the card integration leaves in the copy's Astro cache.
 *
 * Prints progress, then a Markdown table; writes tests/.tmp/bench/results.json.
 * With two values of N it prints the scaling ratio of the build times.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ROOT, TMP } from './lib/repo.ts';
import { copySite } from './lib/site-copy.ts';
import type { CardBuildReport } from '../src/social-cards/social-cards-integration.ts';

const { values } = parseArgs({ options: { n: { type: 'string', multiple: true, default: ['1000'] } } });
const sizes = values.n.map(Number).filter((n) => n > 0);

/** A deterministic random source, so two runs build the same corpus. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const vocabulary = [
  ...new Set(
    readFileSync(join(ROOT, 'tests/fixtures/source-notes.txt'), 'utf8')
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? [],
  ),
];
const TAGS = ['ahv', 'networking', 'open-vswitch', 'kvm', 'nutanix', 'vlan', 'conferences', 'writing'];

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
  return `---
title: "Bench post ${index}: ${words(4)}"
description: "${words(14)}"
# Date: synthetic
pubDate: ${day}
tags: [${tags.join(', ')}]${index % 10 === 0 ? `\nseries: { id: bench-series, part: ${index / 10 + 1} }` : ''}
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

/** One `astro build` of the copy: wall time, peak memory, and what it spent on social cards. */
function build(dir: string): { seconds: number; peakKb: number; cards: CardBuildReport } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(run.stdout.slice(-3000), run.stderr.slice(-3000));
    process.exit(1);
  }
  const [seconds, peakKb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const cards = JSON.parse(readFileSync(join(dir, 'node_modules/.astro/social-cards/last-build.json'), 'utf8')) as CardBuildReport;
  return { seconds: seconds!, peakKb: peakKb!, cards };
}

const results = [];
for (const n of sizes) {
  console.log(`[bench] N=${n}: copying the site and writing ${n} posts…`);
  const dir = copySite(`bench-${n}`);
  const postsDir = join(dir, 'content/posts');
  rmSync(postsDir, { recursive: true, force: true });
  mkdirSync(postsDir, { recursive: true });
  writeFileSync(join(dir, 'content/series/bench-series.yaml'), `title: Bench series\nsummary: Synthetic parts.\nparts: ${Math.ceil(n / 10)}\n`);
  rmSync(join(dir, 'content/conferences'), { recursive: true, force: true });
  mkdirSync(join(dir, 'content/conferences'));
  const rand = random(n);
  for (let i = 0; i < n; i++) writeFileSync(join(postsDir, `bench-${i}.mdx`), post(i, rand));

  console.log(`[bench] N=${n}: building (astro build + search index)…`);
  const { seconds, peakKb, cards } = build(dir);
  console.log(`[bench] N=${n}: ${seconds}s; building again (social cards from the cache)…`);
  const rebuild = build(dir);
  const dist = join(dir, 'dist');
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  console.log(`[bench] N=${n}: ${seconds}s, ${pages} pages; measuring the first search query…`);
  const measured = spawnSync(process.execPath, [join(ROOT, 'scripts/measure-search.ts'), '--dir', dist, '--queries', 'ifconfig'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const firstSearchBytes = Number(/\| ifconfig \| (\d+) \|/.exec(measured.stdout)?.[1] ?? NaN);
  const result = {
    n,
    buildSeconds: seconds,
    peakMemoryMb: Math.round(peakKb / 1024),
    pages,
    pagesPerSecond: Math.round(pages / seconds),
    distMb: +(folderBytes(dist) / 1048576).toFixed(1),
    pagefindMb: +(folderBytes(join(dist, 'pagefind')) / 1048576).toFixed(1),
    post: pageWeight(dist, 'posts/bench-1/index.html'),
    home: pageWeight(dist, 'index.html'),
    search: pageWeight(dist, 'search/index.html'),
    firstSearchBytes,
    cards,
    rebuildSeconds: rebuild.seconds,
    rebuildCards: rebuild.cards,
  };
  results.push(result);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** Drawing time in the workers (beside the page rendering), then the time the end of the build spent on cards. */
const cardCost = (c: CardBuildReport) => `${c.drawSeconds} / ${c.finishSeconds} (${c.drawn} drawn)`;
console.log(
  '\n| N | build (s) | peak memory (MB) | pages/s | dist (MB) | Pagefind (MB) | post HTML/CSS/JS gzip (KB) | home gzip (KB) | search gzip (KB) | first search query (KB fetched) | cards cold (s) | cards rebuilt (s) | rebuild (s) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const w = (p: typeof r.post) => `${kb(p.html[1]!)} / ${kb(p.css[1]!)} / ${kb(p.js[1]!)}`;
  console.log(
    `| ${r.n} | ${r.buildSeconds} | ${r.peakMemoryMb} | ${r.pagesPerSecond} | ${r.distMb} | ${r.pagefindMb} | ${w(r.post)} | ${w(r.home)} | ${w(r.search)} | ${kb(r.firstSearchBytes)} | ${cardCost(r.cards)} | ${cardCost(r.rebuildCards)} | ${r.rebuildSeconds} |`,
  );
}
if (results.length >= 2) {
  const [a, b] = [results[0]!, results.at(-1)!];
  console.log(`\nScaling: ${b.n / a.n}× the posts took ${(b.buildSeconds / a.buildSeconds).toFixed(2)}× the build time.`);
}
mkdirSync(join(TMP, 'bench'), { recursive: true });
writeFileSync(join(TMP, 'bench/results.json'), JSON.stringify(results, null, 2));
console.log(`\nResults: ${join(TMP, 'bench/results.json')}`);
