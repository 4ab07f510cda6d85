/**
 * The benchmark's corpus: N synthetic posts shaped like the real ones (prose
 * with headings, a shell session with prompts and long output, an XML and an
 * ifcfg listing, a diagram, tags, series parts, a conference, varied
 * vocabulary), the same N posts on every run, and the one edit an author's
 * save makes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/repo.ts';

/** The posts' kind, and their file extension. */
export type PostFormat = 'mdx' | 'md';

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
export function writeCorpus(dir: string, n: number, format: PostFormat): void {
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
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `content/posts/bench-${i}.${format}`), post(i, rand));
}

/** The author's save: one sentence added to one post (in `postsDir`, relative to the site's folder). */
export function editOnePost(dir: string, round: number, format: PostFormat, postsDir = 'content/posts'): void {
  const file = join(dir, postsDir, `bench-1.${format}`);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited in round ${round}: one more sentence.\n`);
}
