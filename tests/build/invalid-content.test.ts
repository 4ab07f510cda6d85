/**
 * Bad content must stop the build, and the message must say which file and
 * which field. Each case builds a copy of the site with one post broken.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copySite } from '../support/site-build.ts';

const POST = 'content/posts/vienna-avaya-technology-forum.mdx';
const SERIES_POST = 'content/posts/ahv-ovs-light-board-part-4.mdx';
const DIAGRAM_POST = 'content/posts/networking-exploration-nutanix-ahv.mdx';

interface BrokenCase {
  name: string;
  /** Which file the error must name. */
  file: string;
  /** What else the error must say: the field, the value. */
  mentions: RegExp[];
  breakSite: (dir: string) => void;
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `the ${file} edit changed nothing`);
  writeFileSync(path, after);
}

const cases: BrokenCase[] = [
  {
    name: 'missing title',
    file: POST,
    mentions: [/title/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^title: .*\n/m, '')),
  },
  {
    name: 'empty title',
    file: POST,
    mentions: [/title/, /empty/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^title: .*$/m, 'title: "  "')),
  },
  {
    name: 'impossible date',
    file: POST,
    mentions: [/pubDate/, /2014-02-30/],
    // YAML alone would roll this over to 2 March.
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^pubDate: .*$/m, 'pubDate: 2014-02-30')),
  },
  {
    name: 'date that is not a date',
    file: POST,
    mentions: [/pubDate/, /YYYY-MM-DD/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^pubDate: .*$/m, 'pubDate: the Monday before the forum')),
  },
  {
    name: 'description too long',
    file: POST,
    mentions: [/description/, /160/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^description: .*$/m, `description: "${'Too long. '.repeat(20)}"`)),
  },
  {
    name: 'unknown series',
    file: SERIES_POST,
    mentions: [/series\.id/, /"no-such-series"/],
    breakSite: (dir) => edit(dir, SERIES_POST, (t) => t.replace('id: ahv-ovs-light-board', 'id: no-such-series')),
  },
  {
    name: 'unknown conference',
    file: POST,
    mentions: [/conference/, /"no-such-conference"/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^conference: .*$/m, 'conference: no-such-conference')),
  },
  {
    name: 'unknown tag',
    file: POST,
    mentions: [/tags/, /"kubernetes"/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^tags: \[/m, 'tags: [Kubernetes, ')),
  },
  {
    name: 'two posts claiming the same part of a series',
    file: SERIES_POST,
    mentions: [/series\.part/, /part 3/, /ahv-ovs-light-board-part-3\.mdx/],
    breakSite: (dir) => edit(dir, SERIES_POST, (t) => t.replace(/part: 4/, 'part: 3')),
  },
  {
    name: 'broken diagram source',
    file: DIAGRAM_POST,
    mentions: [/diagram: syntax error in line \d+/],
    breakSite: (dir) => edit(dir, DIAGRAM_POST, (t) => t.replace('  bond0 -> eth2 -> network;', '  bond0 -> -> network;')),
  },
  {
    name: 'diagram without a text alternative',
    file: DIAGRAM_POST,
    mentions: [/diagram: a ```dot fence needs alt=/],
    breakSite: (dir) => edit(dir, DIAGRAM_POST, (t) => t.replace(/```dot alt="[^"]*"/, '```dot')),
  },
  {
    name: 'image without alt text',
    file: POST,
    mentions: [/body line \d+: image "\/favicon\.svg" has no alt text/],
    breakSite: (dir) => edit(dir, POST, (t) => `${t}\n![](/favicon.svg)\n`),
  },
  {
    name: 'malformed video id',
    file: POST,
    mentions: [/video\.youtube/, /11-character YouTube video id/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^tags: /m, 'video: { title: "A talk", youtube: "not-an-id" }\ntags: ')),
  },
  {
    name: 'broken internal link',
    file: 'posts/vienna-avaya-technology-forum/index.html',
    mentions: [/Broken internal links/, /\/posts\/no-such-post\/ \(no such file\)/],
    breakSite: (dir) => edit(dir, POST, (t) => `${t}\nSee [a post that is not there](/posts/no-such-post/).\n`),
  },
  {
    name: 'broken anchor',
    file: 'posts/vienna-avaya-technology-forum/index.html',
    mentions: [/\/posts\/networking-exploration-nutanix-ahv\/#no-such-section \(no element with id "no-such-section"\)/],
    breakSite: (dir) => edit(dir, POST, (t) => `${t}\nSee [a section](/posts/networking-exploration-nutanix-ahv/#no-such-section).\n`),
  },
  {
    name: 'duplicate slug',
    file: 'content/posts/vienna-avaya-technology-forum.md',
    mentions: [/slug/, /vienna-avaya-technology-forum\.mdx?\b.*vienna-avaya-technology-forum\.mdx?\b/],
    breakSite: (dir) => {
      // A second version of the post saved beside it as .md claims the same URL.
      const copy = readFileSync(join(dir, POST), 'utf8').replace(/^title: .*$/m, 'title: "Vienna, again"');
      writeFileSync(join(dir, 'content/posts/vienna-avaya-technology-forum.md'), copy);
    },
  },
];

describe('a build with one broken post fails, naming the file and the field', { concurrency: 2 }, () => {
  for (const broken of cases) {
    test(broken.name, async () => {
      const dir = copySite(`broken-${broken.name.replace(/\W+/g, '-')}`);
      broken.breakSite(dir);
      const { code, output } = await astroBuild(dir);
      assert.notEqual(code, 0, `the build should fail:\n${output.slice(-2000)}`);
      assert.ok(output.includes(broken.file), `the error should name ${broken.file}:\n${output.slice(-2000)}`);
      for (const mention of broken.mentions) assert.match(output, mention);
      rmSync(dir, { recursive: true, force: true });
    });
  }
});

test('the unbroken copy builds (so the failures above are the breakage, not the copy)', async () => {
  const dir = copySite('unbroken');
  const { code, output } = await astroBuild(dir);
  assert.equal(code, 0, output.slice(-2000));
  rmSync(dir, { recursive: true, force: true });
});
