/**
 * The migrated posts are rewritten in new words, but every listing must carry
 * over from the old blog character for character (trailing spaces included),
 * and none may be left behind. These are checks of the eight migrated posts
 * (tests/support/posts.ts), not of the posts written since, whose listings
 * are new; that a listing starting with a prompt is a shell session holds
 * for every post.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readMigratedPosts, readPosts, SOURCE_NOTES } from '../../support/posts.ts';

const sourceLines = readFileSync(SOURCE_NOTES, 'utf8').split('\n');
const posts = readMigratedPosts();
/** Diagrams are redrawn as code (```dot), not carried over: they are not listings of the old blog. */
const isListing = (lang: string) => lang !== 'dot';

function occursVerbatim(block: string[]): boolean {
  for (let start = 0; start + block.length <= sourceLines.length; start++) {
    if (block.every((line, i) => sourceLines[start + i] === line)) return true;
  }
  return false;
}

test('every listing in a migrated post appears verbatim, as consecutive lines, in the source notes', () => {
  let checked = 0;
  for (const post of posts) {
    for (const listing of post.listings.filter((l) => isListing(l.lang))) {
      assert.ok(listing.lines.length > 0, `${post.id}:${listing.line} is an empty listing`);
      assert.ok(occursVerbatim(listing.lines), `${post.id}:${listing.line} (${listing.lines[0]}) is not verbatim from the source`);
      checked++;
    }
  }
  assert.ok(checked >= 12, `expected the 12 listings of the networking post, found ${checked}`);
});

test('every command the source ran (a [root@…]# or nutanix@… prompt line) is in some listing', () => {
  const listed = new Set(posts.flatMap((post) => post.listings.flatMap((l) => l.lines)));
  const prompts = sourceLines.filter((line) => /^\[root@[^\]]+\]# |^nutanix@\S+\$ /.test(line));
  assert.ok(prompts.length >= 12);
  const missing = prompts.filter((line) => !listed.has(line));
  assert.deepEqual(missing, []);
});

test('listings that start with a prompt are shell sessions, in every post', () => {
  for (const post of readPosts()) {
    for (const listing of post.listings) {
      if (/^(\[[^\]]+\][#$] |\S+@\S+\$ )/.test(listing.lines[0] ?? '')) {
        assert.equal(listing.lang, 'shellsession', `${post.id}:${listing.line}`);
      }
    }
  }
});

test('trailing spaces of the source survive (the host ifconfig prompt ends with a space)', () => {
  const all = posts.flatMap((post) => post.listings.flatMap((l) => l.lines));
  assert.ok(all.includes('[root@DRM-3060-G4-1-1 ~]# ifconfig '));
});
