import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ThemedToken } from 'shiki';
import { paintRoles, roleToken, splitJoinedLine } from '../../../src/code-block-core/themed-tokens.ts';
import { roleColor } from '../../../src/code-block-core/token-roles.ts';

const text = (line: ThemedToken[]) => line.map((t) => t.content);

test('painting splits tokens at range edges and keeps all the text', () => {
  const line = [roleToken('options: {key="1", '), roleToken('remote_ip="10.59.30.82"}', 'string')];
  const painted = paintRoles(line, [{ start: 30, end: 41, role: 'addr' }]);
  assert.equal(painted.map((t) => t.content).join(''), 'options: {key="1", remote_ip="10.59.30.82"}');
  assert.deepEqual(text(painted), ['options: {key="1", ', 'remote_ip="', '10.59.30.82', '"}']);
  assert.equal(painted[2]!.color, roleColor('addr'));
  assert.equal(painted[3]!.color, roleColor('string'));
});

test('a joined line splits back into its lines, dropping the joining spaces', () => {
  const lines = ['/usr/libexec/qemu-kvm -name CVM ', '-S -m 24576'];
  const joined = lines.join(' ');
  const tokens = [roleToken(joined.slice(0, 25), 'function'), roleToken(joined.slice(25), 'parameter')];
  const split = splitJoinedLine(
    tokens,
    lines.map((l) => l.length),
  );
  assert.deepEqual(
    split.map((l) => l.map((t) => t.content).join('')),
    lines,
  );
});
