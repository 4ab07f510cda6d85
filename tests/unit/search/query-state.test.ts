/** The search state in the URL, and the query Pagefind is given (src/search/query-state.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paramsFromState, pagefindFilters, pagefindQuery, stateFromParams } from '../../../src/search/query-state.ts';

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

test('dotted numbers are searched as their parts; other words are left alone', () => {
  assert.equal(pagefindQuery('10.59.31.77'), '10 59 31 77');
  assert.equal(pagefindQuery('route 192.168.5.0 via br0'), 'route 192 168 5 0 via br0');
  assert.equal(pagefindQuery('eth2.32 ovs-vsctl'), 'eth2.32 ovs-vsctl');
});
