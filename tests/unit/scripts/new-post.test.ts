/**
 * `npm run new` (scripts/new-post.ts) on the real registries (tags, series,
 * conferences) and the eight migrated posts, without writing into content/:
 * which parts of a series are free depends on the posts, and the author's
 * next one may well be part 2.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { NewPostError, planNewPost, writeNewPost } from '../../../scripts/new-post.ts';
import { postSchema } from '../../../src/collections/schemas.ts';
import { migratedContentCopy } from '../../support/posts.ts';

const ROOT = migratedContentCopy();
after(() => rmSync(ROOT, { recursive: true, force: true }));

const DAY = new Date('2026-12-01T10:00:00Z');

test('a new post has valid frontmatter but for its description, which the build refuses until written', () => {
  const plan = planNewPost(ROOT, { title: 'Bonding in AHV: active-backup vs. balance-slb', tags: ['AHV', 'open vswitch'], date: DAY });
  assert.equal(plan.slug, 'bonding-in-ahv-active-backup-vs-balance-slb');
  assert.equal(plan.file, join(ROOT, 'content/posts/bonding-in-ahv-active-backup-vs-balance-slb.mdx'));
  const { frontmatter } = parseFrontmatter(plan.text);
  const refused = postSchema.safeParse(frontmatter);
  assert.equal(refused.success, false);
  assert.deepEqual(
    refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
    [['description', 'description is still the placeholder: write one or two sentences for cards, feeds and search']],
  );
  const written = postSchema.parse({ ...frontmatter, description: 'Which bond mode to pick on an AHV host, and why.' });
  assert.deepEqual(
    { pubDate: written.pubDate.toISOString(), tags: written.tags, draft: written.draft },
    { pubDate: '2026-12-01T00:00:00.000Z', tags: ['ahv', 'open-vswitch'], draft: true },
  );
});

test('series, part and conference are written when given', () => {
  const { text } = planNewPost(ROOT, {
    title: 'Part two',
    tags: [],
    series: { id: 'ahv-ovs-light-board', part: 2 },
    conference: 'all-things-open-2018',
    date: DAY,
  });
  const { frontmatter } = parseFrontmatter(text);
  assert.deepEqual([frontmatter['series'], frontmatter['conference']], [{ id: 'ahv-ovs-light-board', part: 2 }, 'all-things-open-2018']);
});

test('what the build would refuse is refused up front, naming the option', () => {
  const refusal = (request: Parameters<typeof planNewPost>[1]) => {
    try {
      planNewPost(ROOT, request);
    } catch (error) {
      assert.ok(error instanceof NewPostError, String(error));
      return error.message;
    }
    return assert.fail('expected a refusal');
  };
  assert.match(refusal({ title: 'Networking exploration: Nutanix AHV', tags: [] }), /content\/posts\/networking-exploration-nutanix-ahv\.mdx already exists/);
  assert.match(refusal({ title: 'x', tags: ['netwroking'] }), /--tags: "netwroking" is not in content\/tags\.yaml; did you mean "networking"\?/);
  assert.match(
    refusal({ title: 'x', tags: ['no-such-tag-registered'] }),
    /--tags: "no-such-tag-registered" is not in content\/tags\.yaml \(add it there first\)/,
  );
  assert.match(
    refusal({ title: 'x', tags: [], series: { id: 'ahv-ovs-light-board', part: 3 } }),
    /part 3 of "ahv-ovs-light-board" is already content\/posts\/ahv-ovs-light-board-part-3\.mdx/,
  );
  assert.match(
    refusal({ title: 'x', tags: [], series: { id: 'ahv-ovs-light-board', part: 5 } }),
    /--part: 5 is not a part of "ahv-ovs-light-board", which has parts 1 to 4/,
  );
  assert.match(refusal({ title: 'x', tags: [], series: { id: 'light-board', part: 1 } }), /--series: no series "light-board"/);
  assert.match(refusal({ title: 'x', tags: [], conference: 'ato-2018' }), /--conference: no conference "ato-2018"/);
  assert.match(refusal({ title: '???', tags: [] }), /the title needs letters or digits/);
});

test('the file is written whole, and never over an existing one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-post-'));
  try {
    mkdirSync(join(dir, 'posts'));
    const plan = { file: join(dir, 'posts/a.mdx'), text: 'first' };
    writeNewPost(plan);
    assert.throws(() => writeNewPost({ ...plan, text: 'second' }), /EEXIST/);
    assert.equal(readFileSync(plan.file, 'utf8'), 'first');
    assert.deepEqual(readdirSync(join(dir, 'posts')), ['a.mdx'], 'no temporary file is left behind');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
