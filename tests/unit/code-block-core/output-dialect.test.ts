import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outputDialect, processCommandColumns, tableHeadingLines } from '../../../src/code-block-core/output-dialect.ts';

test('each command of the posts gets the highlighting its output needs', () => {
  const expectations: Array<[string, string]> = [
    ['ifconfig ', 'grammar:ifconfig'],
    ['ifconfig -a', 'grammar:ifconfig'],
    ['netstat -r ', 'table'],
    ['brctl show virbr0', 'table'],
    ['ovs-vsctl show', 'grammar:ovs-vsctl'],
    ['cat ifcfg-br0 ', 'grammar:ini'],
    ['ps -ef | grep qemu', 'process'],
    ['cat /etc/libvirt/qemu/NTNX-DRM-3060-G4-1-1-CVM.xml', 'grammar:xml'],
    ['virsh net-list --all ', 'table'],
    ['cat net-NTNX-Local-Network.xml ', 'grammar:xml'],
    ['sudo virsh dumpxml cvm', 'grammar:xml'],
    ['uptime', 'plain'],
    ['cat notes.txt', 'plain'],
  ];
  for (const [command, expected] of expectations) {
    const dialect = outputDialect(command);
    assert.equal(dialect.kind === 'grammar' ? `grammar:${dialect.lang}` : dialect.kind, expected, command);
  }
});

test('table headings: title and column row, or through a dashed rule', () => {
  assert.equal(tableHeadingLines(['Kernel IP routing table', 'Destination  Gateway Genmask', '192.168.5.0  *  255.255.255.0']), 2);
  assert.equal(tableHeadingLines(['bridge name bridge id         STP enabled interfaces', 'virbr0      8000.52540074f9b0 no']), 1);
  assert.equal(
    tableHeadingLines([
      ' Name               State  Autostart Persistent',
      '----------------------------------------------------------',
      ' NTNX-Local-Network active yes       yes',
    ]),
    2,
  );
  assert.equal(tableHeadingLines(['192.168.5.0 * 255.255.255.0']), 0);
});

test('the wrapped qemu-kvm command line of ps stays one command line', () => {
  const columns = processCommandColumns([
    'qemu 9250 1 61 Jun26 ? 1-21:13:21 /usr/libexec/qemu-kvm -name NTNX-DRM-3060-G4-1-1-CVM ',
    '-S -enable-fips -machine pc-i440fx-rhel7.0.0,accel=kvm',
    '-uuid 1323cbbc-a20d-d66a-563e-ca7a8609cb73 -no-user-config -nodefaults ',
  ]);
  assert.deepEqual(columns, ['qemu 9250 1 61 Jun26 ? 1-21:13:21 '.length, 0, 0]);
});
