/** How a post page links the marks of names (src/network-names/entity-links-html.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityHrefs, linkEntities } from '../../../src/network-names/entity-links-html.ts';

test('the page links the marks of names with a page and drops the rest, text kept; diagram groups keep only those names', () => {
  const hrefs = entityHrefs([
    { kind: 'bridge', name: 'br0', slug: 'br0' },
    { kind: 'interface', name: 'eth2', slug: 'eth2' },
  ]);
  const html =
    '<span class="line"><entity-ref data-k="bridge/br0"><span class="c-iface">br0</span></entity-ref> ' +
    '<entity-ref data-k="interface/vnet9">vnet9</entity-ref> <entity-ref data-k="interface/eth2.32" data-also="interface/eth2 vlan/32">eth2.32</entity-ref></span>' +
    '<svg><g class="node" data-entity="bridge/br0 address/10.0.0.1"></g><g class="node" data-entity="vlan/7"></g></svg>';
  assert.equal(
    linkEntities(html, hrefs),
    '<span class="line"><a class="entity" href="/entities/bridge/br0/" tabindex="-1"><span class="c-iface">br0</span></a> vnet9 eth2.32</span>' +
      '<svg><g class="node" data-entity="bridge/br0"></g><g class="node"></g></svg>',
  );
  // With eth2.32's own page, the mark is a link that also names eth2 (vlan/32 has no page here).
  hrefs.set('interface/eth2.32', '/entities/interface/eth2.32/');
  assert.match(linkEntities(html, hrefs), /<a class="entity" href="\/entities\/interface\/eth2\.32\/" tabindex="-1" data-also="interface\/eth2">eth2\.32<\/a>/);
  // `entities: false`: no links at all.
  assert.doesNotMatch(linkEntities(html, new Map()), /<a |entity-ref|data-entity/);
});
