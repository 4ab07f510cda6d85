import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paramsFromState, pagefindFilters, pagefindQuery, stateFromParams } from '../../src/search/query-state.ts';
import { closestWord, correctQuery, editDistance } from '../../src/search/spelling.ts';
import { searchVocabulary } from '../../src/search/vocabulary.ts';
import { readPosts } from '../support/posts.ts';

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
  const vocabulary = searchVocabulary(readPosts().map((p) => p.raw));
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
