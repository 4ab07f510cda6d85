/** Words as Pagefind reads them (src/search/tokens.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchTerms, tokenRanges } from '../../../src/search/tokens.ts';
import { migratedPostFile, readPostFile } from '../../support/posts.ts';

test('a query is searched as Pagefind reads it: lower case, letters and digits, a term per word', () => {
  assert.deepEqual(searchTerms('ovs-vsctl  Avaya’s NTNX-Local-Network'), ['ovsvsctl', 'avayas', 'ntnxlocalnetwork']);
  assert.deepEqual(searchTerms('Café 10 59'), ['cafe', '10', '59']);
});

test('whole tokens only: in the networking post, br0 is marked as itself and in br0-dhcp, never inside virbr0', () => {
  const post = readPostFile(migratedPostFile('networking-exploration-nutanix-ahv'));
  const ranges = tokenRanges(post.body, ['br0']);
  const inside = [...post.body.matchAll(/[\p{L}\p{N}]br0/giu)].length;
  assert.ok(inside > 10, `virbr0 and the like: ${inside}`);
  assert.equal(ranges.length, [...post.body.matchAll(/br0/gi)].length - inside);
  for (const [start, end] of ranges) {
    assert.equal(post.body.slice(start, end).toLowerCase(), 'br0');
    assert.doesNotMatch(post.body.charAt(start - 1), /[\p{L}\p{N}]/u);
  }
  assert.deepEqual(tokenRanges('virbr0 "br0-dhcp", br0.', ['br0']), [
    [8, 11],
    [19, 22],
  ]);
  // A term a word begins with marks the whole token; neighbouring tokens spelling the term are marked together.
  assert.deepEqual(tokenRanges('Avaya’s ovs-vsctl show', ['avay', 'ovsvsctl']), [
    [0, 5],
    [8, 17],
  ]);
});
