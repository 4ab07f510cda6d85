/**
 * Facts of the eight migrated posts that the content schema cannot know
 * (they name those posts: tests/support/posts.ts), and one rule of every post.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MIGRATED_POSTS, readMigratedPosts, readPosts, ROOT, SOURCE_NOTES } from '../../support/posts.ts';

const posts = readMigratedPosts();

test('all eight posts of the source are here', (t) => {
  assert.deepEqual(
    posts.map((p) => [p.id, p.frontmatter['title']]),
    Object.entries(MIGRATED_POSTS),
  );
  // Which content this run read, and what it holds beside the eight (tests/build/new-post.test.ts reads this line).
  const others = readPosts()
    .map((p) => p.id)
    .filter((id) => !(id in MIGRATED_POSTS));
  t.diagnostic(`read ${ROOT}/content/posts: the eight, and ${others.length} more: ${others.join(' ')}`);
});

// A convention of the migration: the old blog gave no dates, so each was worked out. A new post's date is the day it was written.
test('every migrated post says, in a comment beside its date, how the date was derived', () => {
  for (const post of posts) {
    assert.match(post.frontmatterText, /^# Date: .{10,}\n(?:.*\n)*?pubDate: \d{4}-\d{2}-\d{2}/m, post.id);
  }
});

test('the source order (newest first) is kept by the dates', () => {
  const order = [
    'all-things-open-2018',
    'ahv-ovs-light-board-part-4',
    'ahv-ovs-light-board-part-3',
    'ahv-ovs-light-board-part-1',
    'nutanix-ahv-best-practices-guide',
    'networking-exploration-nutanix-ahv',
    'nutanix-next-acropolis-kvm',
    'vienna-avaya-technology-forum',
  ];
  const dates = order.map((id) => Date.parse(String(posts.find((p) => p.id === id)!.frontmatter['pubDate'])));
  for (let i = 1; i < dates.length; i++) assert.ok(dates[i - 1]! > dates[i]!, `${order[i - 1]} should be newer than ${order[i]}`);
});

test('the light board parts 1, 3 and 4 share one series and Part 2 is not invented', () => {
  const parts = posts
    .filter((p) => p.frontmatter['series'])
    .map((p) => p.frontmatter['series'] as { id: string; part: number })
    .sort((a, b) => a.part - b.part);
  assert.deepEqual(parts, [
    { id: 'ahv-ovs-light-board', part: 1 },
    { id: 'ahv-ovs-light-board', part: 3 },
    { id: 'ahv-ovs-light-board', part: 4 },
  ]);
});

test('no migrated post invents a video id (the source gives none)', () => {
  for (const post of posts) {
    const video = post.frontmatter['video'] as Record<string, unknown> | undefined;
    assert.equal(video?.['youtube'], undefined, post.id);
  }
});

test('a post whose video is not embedded does not say it is', () => {
  for (const post of readPosts()) {
    const video = post.frontmatter['video'] as Record<string, unknown> | undefined;
    if (!video || video['youtube']) continue;
    // The page shows "its address was not preserved" (components/media/VideoElsewhere.astro): the prose must agree.
    assert.doesNotMatch(post.body, /(?<!\bnot )\bembedded (?:here|below|above)\b|\bhere[’']s the embedded\b|\bwatch it (?:here|below)\b/i, post.id);
  }
});

test('a migrated post links a video channel only where the source gives its URL', () => {
  const sourceNotes = readFileSync(SOURCE_NOTES, 'utf8');
  for (const post of posts) {
    const video = post.frontmatter['video'] as Record<string, unknown> | undefined;
    if (!video || video['youtube']) continue;
    const channelUrl = video['channelUrl'];
    if (channelUrl !== undefined)
      assert.ok(sourceNotes.includes(String(channelUrl)), `${post.id}: channelUrl ${String(channelUrl)} is not in the source notes`);
  }
});
