import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNetworkRanges } from '../../../src/code-block-core/network-ranges.ts';

function marked(text: string): string[] {
  return findNetworkRanges(text).map((r) => `${r.role}:${text.slice(r.start, r.end)}`);
}

test('ifconfig lines from the posts: interface, MAC, addresses and masks', () => {
  assert.deepEqual(marked('eth2.32 Link encap:Ethernet HWaddr 0C:C4:7A:58:91:50 '), ['iface:eth2.32', 'mac:0C:C4:7A:58:91:50']);
  assert.deepEqual(marked('  inet addr:10.59.31.77 Bcast:10.59.31.255 Mask:255.255.254.0'), ['addr:10.59.31.77', 'addr:10.59.31.255', 'addr:255.255.254.0']);
  assert.deepEqual(marked('eth1:1 Link encap:Ethernet HWaddr 52:54:00:BE:99:B3 '), ['iface:eth1:1', 'mac:52:54:00:BE:99:B3']);
  assert.deepEqual(marked('virbr0      8000.52540074f9b0 no          virbr0-nic'), ['iface:virbr0', 'iface:virbr0-nic']);
});

test('ovs-vsctl and qemu listings: quoted names, remote IPs, lower-case MACs', () => {
  assert.deepEqual(marked('  Port "tap345"'), ['iface:tap345']);
  assert.deepEqual(marked('      options: {key="1", remote_ip="10.59.30.82"}'), ['addr:10.59.30.82']);
  assert.deepEqual(marked('  Port "br0-dhcp"'), ['iface:br0-dhcp']);
  assert.deepEqual(marked('-device virtio-net-pci,netdev=hostnet0,id=net0,mac=52:54:00:9c:d8:cd,bus=pci.0,addr=0x3 '), ['mac:52:54:00:9c:d8:cd']);
});

test('CIDR prefixes and IPv6, compressed or not', () => {
  assert.deepEqual(marked('10.59.30.0/23 dev br0'), ['addr:10.59.30.0/23', 'iface:br0']);
  assert.deepEqual(marked('inet6 fe80::e63d:1aff:fe72:f1c2/64 scope link'), ['addr:fe80::e63d:1aff:fe72:f1c2/64']);
  assert.deepEqual(marked('2001:db8:0:0:0:0:2:1 and ::1'), ['addr:2001:db8:0:0:0:0:2:1', 'addr:::1']);
});

test('things that only look like addresses are left alone', () => {
  assert.deepEqual(marked('qemu 9250 1 61 Jun26 ? 1-21:13:21 /usr/libexec/qemu-kvm'), []);
  assert.deepEqual(marked('-machine pc-i440fx-rhel7.0.0,accel=kvm'), []);
  assert.deepEqual(marked('ovs_version: "2.1.3"'), []);
  assert.deepEqual(marked('be65c814-5d7c-46ab-bfb1-7b2bea19d954'), []);
  assert.deepEqual(marked('999.1.1.1 and 1.2.3.4.5'), []);
  assert.deepEqual(marked('-append init=/svmboot quiet console=ttyS0,115200n8 '), []);
  assert.deepEqual(marked('bridge name bridge id'), []);
});
