import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paramsFromState, pagefindFilters, pagefindQuery, stateFromParams } from '../../../src/search/query-state.ts';
import { closestWord, correctQuery, editDistance, inCaseOf } from '../../../src/search/spelling.ts';
import { searchVocabulary } from '../../../src/search/vocabulary.ts';
import { anyCounts, termStrength, weakWords } from '../../../src/search/hit-strength.ts';
import { searchTerms, tokenRanges, wordMatch } from '../../../src/search/tokens.ts';
import { SEARCH_TYPOS } from '../../fixtures/search-typos.ts';
import { migratedPostFile, readMigratedPosts, readPostFile } from '../../support/posts.ts';

/**
 * The vocabulary as the build writes it (src/pages/search-words.json.ts) from each post's title, description and body,
 * of the eight migrated posts (tests/support/posts.ts): the typos below are of their words, and a word of a post
 * written since may lie nearer to one, which is no fault of the spelling.
 */
const vocabulary = searchVocabulary(readMigratedPosts().map((p) => `${String(p.frontmatter['title'])} ${String(p.frontmatter['description'])} ${p.body}`));

test('the search state round-trips through the URL', () => {
  const params = new URLSearchParams('q=ovs-vsctl&tag=AHV&tag=KVM&year=2015&sort=newest&kind=Article');
  const state = stateFromParams(params);
  assert.equal(state.query, 'ovs-vsctl');
  assert.deepEqual(state.filters, { kind: ['Article'], tag: ['AHV', 'KVM'], series: [], year: ['2015'] });
  assert.equal(state.sort, 'newest');
  assert.equal(paramsFromState(state).toString(), 'q=ovs-vsctl&kind=Article&tag=AHV&tag=KVM&year=2015&sort=newest');
  assert.deepEqual(pagefindFilters(state), { kind: { any: ['Article'] }, tag: { any: ['AHV', 'KVM'] }, year: { any: ['2015'] } });
  assert.equal(stateFromParams(new URLSearchParams('sort=bogus')).sort, 'relevance');
});

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(editDistance('antonopoulos', 'antonopoulos'), 0);
  assert.equal(editDistance('antonopolous', 'antonopoulos'), 2);
  assert.equal(editDistance('vswtich', 'vswitch'), 1);
  assert.ok(editDistance('kvm', 'networking') > 2);
});

test("a misspelt word is corrected from the posts' own vocabulary", () => {
  assert.ok(vocabulary.includes('antonopoulos'));
  assert.ok(vocabulary.includes('ovs-vsctl'));
  assert.equal(closestWord('Antonopolous', vocabulary), 'antonopoulos');
  assert.equal(correctQuery('hypervisr', vocabulary), 'hypervisor');
  assert.equal(correctQuery('bridge', vocabulary), undefined);
});

test('dotted numbers are searched as their parts; other words are left alone', () => {
  assert.equal(pagefindQuery('10.59.31.77'), '10 59 31 77');
  assert.equal(pagefindQuery('route 192.168.5.0 via br0'), 'route 192 168 5 0 via br0');
  assert.equal(pagefindQuery('eth2.32 ovs-vsctl'), 'eth2.32 ovs-vsctl');
});

test("each misspelt query of the list gets its correction from the posts' words, in the case it was typed in", () => {
  for (const typo of SEARCH_TYPOS) assert.equal(correctQuery(typo.query, vocabulary), typo.correction, `${typo.query} (${typo.slip})`);
  assert.equal(inCaseOf('AVYA', 'avaya'), 'AVAYA');
  assert.equal(inCaseOf('aVya', 'avaya'), 'avaya');
  // Only the words the search found weak are corrected.
  assert.equal(correctQuery('Hilton Viena', vocabulary, ['Viena']), 'Hilton Vienna');
  assert.equal(correctQuery('Viena', vocabulary, []), undefined);
});

test('a query is searched as Pagefind reads it: lower case, letters and digits, a term per word', () => {
  assert.deepEqual(searchTerms('ovs-vsctl  Avaya’s NTNX-Local-Network'), ['ovsvsctl', 'avayas', 'ntnxlocalnetwork']);
  assert.deepEqual(searchTerms('Café 10 59'), ['cafe', '10', '59']);
});

// The words are as Pagefind returned them from the built index for these queries (tests/build/search-index.test.ts runs the real searches).
test('a matched word is a hit when it begins with the term, a near miss when it shares 3+ first letters, else a miss', () => {
  assert.deepEqual(wordMatch('ovsvsctl', 'ovs-vsctl'), { whole: true, prefix: 8 });
  assert.deepEqual(wordMatch('openvswitch', "type='openvswitch'>"), { whole: true, prefix: 11 });
  assert.deepEqual(wordMatch('avay', 'Avaya’s'), { whole: true, prefix: 4 });
  assert.deepEqual(wordMatch('openvswich', 'Open'), { whole: false, prefix: 4 });
  assert.deepEqual(wordMatch('br0', 'virbr0'), { whole: false, prefix: 0 });
  assert.equal(termStrength('avya', ['a', 'A']), 'miss');
  assert.equal(termStrength('ifconfg', ['If']), 'miss');
  assert.equal(termStrength('openvswich', ['Open', 'open']), 'near');
  assert.equal(termStrength('configured', ['configuration.', 'configuration']), 'near');
  assert.equal(termStrength('brctl', ['brctl']), 'hit');
});

test('the words of a query its best result does not really hit are weak; junk alone counts for nothing', () => {
  assert.deepEqual(weakWords('Avya', ['a', 'A']), ['Avya']);
  assert.equal(anyCounts('Avya', ['a', 'A']), false);
  assert.deepEqual(weakWords('openvswich', ['Open', 'open']), ['openvswich']);
  assert.equal(anyCounts('openvswich', ['Open', 'open']), true);
  assert.deepEqual(weakWords('Hilton Viena', ['Hilton']), ['Viena']);
  assert.deepEqual(weakWords('Avya forum', ['Forum.', 'a', 'Forum']), ['Avya']);
  // Searched as Pagefind searches them: dotted numbers as their parts, punctuation dropped.
  assert.deepEqual(weakWords('10.59.31.77 eth2.32', ['10.59.31.77', 'eth2.32']), []);
  assert.deepEqual(weakWords('52:54:00:9c:d8:cd ovs-vsctl', ['52:54:00:9c:d8:cd', 'ovs-vsctl']), []);
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
