/**
 * Bad content must stop the build, and the message must say which file and
 * which field. Every rule is tested on files, without a build, in
 * tests/unit/collections/cross-entry-rules.test.ts; these few real builds prove that each
 * place the rules run is wired into `astro build`: the schema, the per-file
 * checks of the loader (a duplicate slug; the calendar-date check
 * runs in the same wrapper and is unit-tested), the cross-entry rules, the
 * diagram renderer and the link check (which names a post's broken link
 * at its line, once for the page and every feed), for .mdx and .md posts alike. Each case builds a copy of the site
 * with one post broken and the other posts taken out: the wiring is the same
 * for one post as for eight, and a build of one post costs a third.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite, keepOnlyPosts } from '../../scripts/lib/site-copy.ts';
import { astroBuild } from '../support/astro-build.ts';

const POST = 'content/posts/vienna-avaya-technology-forum.mdx';
const DIAGRAM_POST = 'content/posts/networking-exploration-nutanix-ahv.mdx';
const MARKDOWN_POST = 'content/posts/plain-markdown.md';

interface BrokenCase {
  name: string;
  /** Which file the error must name. */
  file: string;
  /** What else the error must say: the field, the value. */
  mentions: RegExp[];
  /** The posts the copy keeps (the ones the case breaks), if not POST alone. */
  keep?: string[];
  /** The build's environment, if not the default (the root, no base path). */
  env?: Record<string, string>;
  breakSite: (dir: string) => void;
  /** Links the error must name, each on exactly one line, at the line and column it is written on (in `file`, unless the link says). */
  links?: { target: string; reason: string; file?: string }[];
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `the ${file} edit changed nothing`);
  writeFileSync(path, after);
}

/** A first post written as plain Markdown, with `extra` in its body. */
const markdownPost = (extra: string) =>
  [
    '---',
    'title: Plain Markdown',
    'description: A first post written as plain Markdown.',
    'pubDate: 2026-12-01',
    'tags: [nutanix]',
    '---',
    '',
    '## A heading',
    '',
    'See [the networking post](/posts/networking-exploration-nutanix-ahv/) and [this](javascript:alert(1)).',
    '',
    '```shellsession',
    '[root@host ~]# ovs-vsctl show',
    '```',
    '',
    extra,
    '',
  ].join('\n');

const cases: BrokenCase[] = [
  {
    name: 'missing title',
    file: POST,
    mentions: [/title/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^title: .*\n/m, '')),
  },
  {
    name: 'unknown tag',
    file: POST,
    // A tag no post will register (an author's new post may bring a real one, kubernetes say).
    mentions: [/tags/, /"no-such-tag-registered"/],
    breakSite: (dir) => edit(dir, POST, (t) => t.replace(/^tags: \[/m, 'tags: [No such tag registered, ')),
  },
  {
    name: 'broken diagram source',
    file: DIAGRAM_POST,
    keep: [DIAGRAM_POST],
    mentions: [/diagram: syntax error in line \d+/],
    breakSite: (dir) => edit(dir, DIAGRAM_POST, (t) => t.replace('  bond0 -> eth2 -> network;', '  bond0 -> -> network;')),
  },
  {
    // Under a base path, where the page's link (`/blog/posts/…`) is not what the author wrote. The post's
    // page and its feeds (the site's, each tag's) carry the post's links; the layout's link is on every page.
    // A .md post meets the rules an .mdx post meets, and is named as one is: its links at their line. One
    // build for both: the link check reports every broken link at once.
    name: 'broken internal links, in an .mdx and an .md post',
    file: POST,
    keep: [POST],
    env: { BASE_PATH: '/blog/' },
    mentions: [/Broken internal links/, /^ {2}\S+\.html: \/blog\/no-such-page\/ \(no such file\) \(also on \d+ other pages\)$/m],
    links: [
      { target: '/posts/no-such-post/', reason: 'no such file' },
      { target: '#no-such-heading', reason: 'no element with id "no-such-heading"' },
      { target: '/posts/no-such-md-post/', reason: 'no such file', file: MARKDOWN_POST },
      { target: '#no-such-md-heading', reason: 'no element with id "no-such-md-heading"', file: MARKDOWN_POST },
    ],
    breakSite: (dir) => {
      edit(dir, POST, (t) =>
        t.replace(
          /^## .*\n/m,
          (heading) => `${heading}\nSee [a post that is not there](/posts/no-such-post/).\n\nAnd [a heading that is not there](#no-such-heading).\n`,
        ),
      );
      edit(dir, 'src/components/SiteFooter.astro', (t) => t.replace('<nav aria-label="Site">', '<a href="/blog/no-such-page/">Gone</a>\n    $&'));
      writeFileSync(
        join(dir, MARKDOWN_POST),
        markdownPost('See [a post that is not there](/posts/no-such-md-post/).\n\nAnd [a heading that is not there](#no-such-md-heading).'),
      );
    },
  },
  {
    name: 'duplicate slug',
    file: 'content/posts/vienna-avaya-technology-forum/index.mdx',
    mentions: [/slug/, /vienna-avaya-technology-forum(\/index)?\.mdx\b.*vienna-avaya-technology-forum(\/index)?\.mdx\b/],
    breakSite: (dir) => {
      // A second version of the post saved as a folder claims the same URL.
      const copy = readFileSync(join(dir, POST), 'utf8').replace(/^title: .*$/m, 'title: "Vienna, again"');
      mkdirSync(join(dir, 'content/posts/vienna-avaya-technology-forum'));
      writeFileSync(join(dir, 'content/posts/vienna-avaya-technology-forum/index.mdx'), copy);
    },
  },
  {
    // Astro's image pipeline would stop at it without naming the post: the loader names the file and line first.
    name: 'a .md post with an image that is not there',
    file: 'content/posts/plain-markdown.md',
    mentions: [/content\/posts\/plain-markdown\.md:16: image "\.\/plain-markdown\/gone\.png" is not there/],
    breakSite: (dir) => writeFileSync(join(dir, 'content/posts/plain-markdown.md'), markdownPost('![The switch](./plain-markdown/gone.png)')),
  },
];

describe('a build with one broken post fails, naming the file and the field', { concurrency: 2 }, () => {
  for (const broken of cases) {
    test(broken.name, async () => {
      const dir = copySite(`broken-${broken.name.replace(/\W+/g, '-')}`);
      keepOnlyPosts(dir, ...(broken.keep ?? [POST]));
      broken.breakSite(dir);
      const { code, output } = await astroBuild(dir, broken.env);
      assert.notEqual(code, 0, `the build should fail:\n${output.slice(-2000)}`);
      assert.ok(output.includes(broken.file), `the error should name ${broken.file}:\n${output.slice(-2000)}`);
      for (const mention of broken.mentions) assert.match(output, mention);
      for (const { target, reason, file = broken.file } of broken.links ?? []) {
        const lines = readFileSync(join(dir, file), 'utf8').split('\n');
        const line = lines.findIndex((text) => text.includes(`](${target})`));
        const at = `${file}:${line + 1}:${lines[line]!.indexOf(target) + 1}: ${target} (${reason})`;
        const reported = output.split('\n').filter((text) => text.includes(target));
        assert.equal(reported.length, 1, `one line for ${target}, not one per page or feed:\n${reported.join('\n')}`);
        assert.ok(reported[0]!.trim().startsWith(at), `${target} should be reported as ${at}:\n${reported[0]}`);
      }
      rmSync(dir, { recursive: true, force: true });
    });
  }
});
