/** The network names of a post and their places (src/network-names/post-entities.ts), on the real posts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagramOnly, postEntities } from '../../../src/network-names/post-entities.ts';
import { POSTS_DIR, readMigratedPosts, readPostFile } from '../../support/posts.ts';

test('the networking post: br0, its MACs and VLAN 32, counted by hand from the file', () => {
  const post = readPostFile(`${POSTS_DIR}/networking-exploration-nutanix-ahv.mdx`);
  const entities = new Map(postEntities(post.parsed).map((entity) => [entity.key, entity.occurrences]));
  const where = (key: string) =>
    (entities.get(key as never) ?? []).map((o) => (o.in === 'listing' ? `listing ${o.listing} line ${o.line}` : `diagram ${o.diagram} ${o.id}`));
  // Read off the post: ifconfig (listing 0) `br0 Link encap`; netstat -r (1) three routes via br0; ovs-vsctl show (3)
  // Bridge "br0", Port "br0", Interface "br0"; ifcfg-br0 (4) DEVICE=br0 (`cat ifcfg-br0` is one word); the libvirt XML
  // (6) <source bridge='br0'/> (the `##Here is … br0` line is the author's note); VM-Network (9) <bridge name='br0' />;
  // the diagram: the node "bridge br0" and "br0 (internal)".
  assert.deepEqual(where('bridge/br0'), [
    'listing 0 line 2',
    'listing 1 line 5',
    'listing 1 line 10',
    'listing 1 line 11',
    'listing 3 line 3',
    'listing 3 line 9',
    'listing 3 line 10',
    'listing 4 line 2',
    'listing 6 line 44',
    'listing 9 line 5',
    'diagram 0 br0',
    'diagram 0 br0_internal',
  ]);
  // HWaddr of br0, eth2 and eth2.32 in the host's ifconfig.
  assert.equal(where('mac/0c:c4:7a:58:91:50').length, 3);
  // The CVM's first NIC: qemu's mac=…, the XML's <mac address=…>, the CVM's ifconfig in upper case.
  assert.deepEqual(where('mac/52:54:00:9c:d8:cd'), ['listing 5 line 12', 'listing 6 line 43', 'listing 11 line 2']);
  // eth2.32 and eth3.32, ovs-vsctl's `tag: 32`, and the diagram's "(VLAN 32)" and "tag: 32".
  assert.deepEqual(where('vlan/32'), ['listing 0 line 7', 'listing 0 line 9', 'listing 3 line 5', 'diagram 0 uvm', 'diagram 0 tap345']);
  // bond0: ovs-vsctl's Port "bond0" and the diagram's node.
  assert.deepEqual(where('bond/bond0'), ['listing 3 line 12', 'diagram 0 bond0']);
  for (const noise of ['interface/lo', 'address/127.0.0.1', 'address/255.255.254.0', 'address/0.0.0.0', 'address/10.59.31.255'])
    assert.equal(entities.has(noise as never), false, noise);
  assert.deepEqual(diagramOnly(post.parsed), []);
});

// Only the migrated posts: a post being written may have its diagram before its listings (the build says so in an info line, and builds).
test("the migrated posts: no diagram names what its post's listings do not (the build reports nothing)", () => {
  for (const post of readMigratedPosts()) assert.deepEqual(diagramOnly(post.parsed), [], post.id);
});
