import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitySlug } from '../../../src/network-names/entity.ts';
import {
  EXCERPTED_POSTS,
  entityLinksByPost,
  entityPages,
  excerptRuns,
  markedSegments,
  type EntitySourcePost,
} from '../../../src/network-names/entity-pages.ts';
import { postEntities } from '../../../src/network-names/post-entities.ts';
import { readMigratedPosts } from '../../support/posts.ts';

/** The eight migrated posts (tests/support/posts.ts), all published: the pages below are theirs, whatever posts are written next. */
const published: EntitySourcePost[] = readMigratedPosts()
  .filter((post) => post.frontmatter['draft'] !== true)
  .map((post) => ({ id: post.id, title: String(post.frontmatter['title']), entities: post.frontmatter['entities'] !== false, body: post.parsed }));
const pages = entityPages(published);
const page = (key: string) => pages.find((p) => p.key === key);

test('entity URL segments: `:` is `-`, `/` is `_`, dots stay; names of one kind never share one', () => {
  assert.equal(entitySlug('br0'), 'br0');
  assert.equal(entitySlug('52:54:00:9c:d8:cd'), '52-54-00-9c-d8-cd');
  assert.equal(entitySlug('10.59.30.0/23'), '10.59.30.0_23');
  assert.equal(entitySlug('2001:db8::/32'), '2001-db8--_32');
  assert.equal(entitySlug('eth2.32'), 'eth2.32');
  const slugs = pages.map((p) => `${p.kind}/${p.slug}`);
  assert.equal(new Set(slugs).size, slugs.length);
  for (const slug of slugs) assert.match(slug, /^[a-z]+\/[\w.~-]+$/);
});

test('bridge/br0 has a page listing the networking post with its 12 places; a name seen once has none', () => {
  const br0 = page('bridge/br0');
  assert.ok(br0);
  const networking = br0.posts[0];
  assert.equal(networking?.id, 'networking-exploration-nutanix-ahv', 'the post with the most places first');
  assert.equal(networking.places, 12);
  assert.deepEqual(
    networking.listings.map((listing) => [listing.listing, listing.places]),
    [
      [0, 1],
      [1, 3],
      [3, 3],
      [4, 1],
      [6, 1],
      [9, 1],
    ],
  );
  assert.deepEqual(
    networking.diagrams.map((diagram) => diagram.places),
    [2],
  );
  assert.ok(networking.diagrams[0]!.caption.length > 0);
  assert.ok(br0.places >= 12);
  // netstat -r (listing 1): lines 5, 10 and 11 name br0, shown with lines 4–6 and 9–12.
  const netstat = networking.listings.find((listing) => listing.listing === 1)!;
  assert.deepEqual(
    netstat.runs.map((run) => run.map((line) => line.line)),
    [
      [4, 5, 6],
      [9, 10, 11],
    ],
  );
  assert.ok(netstat.runs[0]![1]!.segments.some((segment) => segment.mark && segment.text === 'br0'));
  // Every entity with a page has two places or more; every one named once across the site has none.
  for (const p of pages) assert.ok(p.places >= 2, p.key);
  const counts = new Map<string, number>();
  for (const post of published) for (const { key, occurrences } of postEntities(post.body)) counts.set(key, (counts.get(key) ?? 0) + occurrences.length);
  const once = [...counts].filter(([, n]) => n === 1).map(([key]) => key);
  assert.ok(once.length > 0);
  for (const key of once) assert.equal(page(key), undefined, key);
});

test('a post with `entities: false` contributes nothing; drafts are left to the caller', () => {
  const networking = published.find((post) => post.id === 'networking-exploration-nutanix-ahv')!;
  const without = entityPages(published.map((post) => (post === networking ? { ...post, entities: false } : post)));
  assert.ok(without.every((p) => p.posts.every((post) => post.id !== networking.id)));
  assert.equal(entityLinksByPost(published.map((post) => (post === networking ? { ...post, entities: false } : post))).get(networking.id), undefined);
  assert.ok(
    entityLinksByPost(published)
      .get(networking.id)!
      .some((link) => link.kind === 'bridge' && link.name === 'br0'),
  );
  // Alone, the post's once-named entities have no page, its twice-named ones have.
  const alone = entityPages([networking]);
  assert.ok(
    alone.some((p) => p.key === 'bond/bond0'),
    'bond0: a listing and the diagram',
  );
  assert.equal(
    alone.some((p) => p.places < 2),
    false,
  );
});

test('excerpts: one line of context each side, runs merge, marks merge when they overlap', () => {
  const lines = ['a', 'b br0', 'c', 'd', 'e', 'f br0', 'g'];
  const runs = excerptRuns(lines, [
    { line: 2, start: 2, end: 5 },
    { line: 6, start: 2, end: 5 },
  ]);
  assert.deepEqual(
    runs.map((run) => run.map((line) => line.line)),
    [
      [1, 2, 3],
      [5, 6, 7],
    ],
  );
  assert.deepEqual(
    markedSegments('eth2.32 up', [
      { start: 0, end: 7 },
      { start: 0, end: 4 },
    ]),
    [
      { text: 'eth2.32', mark: true },
      { text: ' up', mark: false },
    ],
  );
  assert.deepEqual(markedSegments('', []), [{ text: '', mark: false }]);
});

test('a name in many posts: the lines of the ten that name it most, the others by their listings alone', () => {
  const post = (i: number): EntitySourcePost => ({
    id: `p${i}`,
    title: `Post ${i}`,
    entities: true,
    // Post i names br0 on i + 1 lines.
    body: { listings: [{ lang: 'text', meta: 'title="Bridges"', lines: Array.from({ length: i + 1 }, () => 'bridge br0'), line: 1 }] },
  });
  const [br0] = entityPages(Array.from({ length: 12 }, (_, i) => post(i)));
  assert.equal(br0?.key, 'bridge/br0');
  assert.deepEqual(
    br0.posts.map((p) => p.id),
    ['p11', 'p10', 'p9', 'p8', 'p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1', 'p0'],
  );
  assert.ok(br0.posts.slice(0, EXCERPTED_POSTS).every((p) => p.listings[0]!.runs.length > 0));
  assert.deepEqual(
    br0.posts.slice(EXCERPTED_POSTS).map((p) => [p.id, p.places, p.listings.map((l) => [l.label, l.runs.length])]),
    [
      ['p1', 2, [['Bridges', 0]]],
      ['p0', 1, [['Bridges', 0]]],
    ],
  );
});

test("a post's links are its entities that have a page, in the pages' order: what the pages list, without their excerpts", () => {
  const links = entityLinksByPost(published);
  for (const post of published) {
    const fromPages = pages.filter((p) => p.posts.some((entry) => entry.id === post.id)).map(({ kind, name, slug, places }) => ({ kind, name, slug, places }));
    assert.deepEqual(links.get(post.id) ?? [], fromPages, post.id);
  }
  assert.ok([...links.values()].flat().length > 20);
});
