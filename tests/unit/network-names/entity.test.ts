/** A name's kind, key and URL segment (src/network-names/entity.ts), for every entity page of the site. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityNameOfSlug, parseEntityKey, type EntityKind } from '../../../src/network-names/entity.ts';
import { entityPages } from '../../../src/network-names/entity-pages.ts';
import { readPosts } from '../../support/posts.ts';

test("a name comes back from its page's URL segment for every entity page of the site", () => {
  const pages = entityPages(readPosts().map((post) => ({ id: post.id, title: post.id, entities: true, body: post.parsed })));
  assert.ok(pages.length > 15);
  for (const page of pages) {
    const { kind, name } = parseEntityKey(page.key);
    assert.equal(entityNameOfSlug(kind as EntityKind, page.slug), name, page.key);
  }
  assert.equal(entityNameOfSlug('mac', '52-54-00-9c-d8-cd'), '52:54:00:9c:d8:cd');
  assert.equal(entityNameOfSlug('prefix', '2001-db8--_32'), '2001:db8::/32');
  assert.equal(entityNameOfSlug('interface', 'br0-arp'), 'br0-arp');
});
