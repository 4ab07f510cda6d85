/** What a query that is a network name looks up (src/search/exact-name.ts), and where the page it finds goes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactNameTitles, exactNamesFirst } from '../../../src/search/exact-name.ts';

test('a query is looked up as a name of every kind, as typed and in either case; a VLAN by its id, with or without the word', () => {
  assert.ok(exactNameTitles('BR0').includes('br0 · bridge'));
  assert.ok(exactNameTitles('eth2.32').includes('eth2.32 · interface'));
  assert.ok(exactNameTitles('52:54:00:9C:D8:CD').includes('52:54:00:9c:d8:cd · MAC address'));
  assert.ok(exactNameTitles('"10.59.30.0/23"').includes('10.59.30.0/23 · prefix'));
  for (const query of ['vlan 32', 'VLAN 32', 'vlan32', '32']) assert.ok(exactNameTitles(query).includes('VLAN 32'), query);
  assert.ok(!exactNameTitles('bond0').some((title) => title.startsWith('VLAN')));
  assert.deepEqual(exactNameTitles('  '), []);
});

test('the exact page goes just before the first name, out of its own place or from outside the results', () => {
  const post = (id: string) => ({ id, name: false });
  const name = (id: string) => ({ id, name: true });
  const isName = (result: { name: boolean }) => result.name;
  const results = [post('a'), post('b'), name('br0-arp'), name('br0-dhcp'), name('br0')];
  assert.deepEqual(
    exactNamesFirst(results, [name('br0')], isName).map((r) => r.id),
    ['a', 'b', 'br0', 'br0-arp', 'br0-dhcp'],
  );
  assert.deepEqual(
    exactNamesFirst([post('a')], [name('br0')], isName).map((r) => r.id),
    ['a', 'br0'],
  );
  assert.deepEqual(exactNamesFirst(results, [], isName), results);
});
