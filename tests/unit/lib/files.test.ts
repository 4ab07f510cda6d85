import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileReader, listFiles, writeFileAtomic } from '../../../src/lib/files.node.ts';

test('the file reader gives each file whole, small or larger than its buffer, in one buffer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-'));
  const small = join(dir, 'small.html');
  const large = join(dir, 'large.html');
  writeFileSync(small, '<p>br0</p>');
  writeFileSync(large, 'x'.repeat(3 << 20));
  const read = createFileReader();
  assert.equal(read(small).toString(), '<p>br0</p>');
  assert.ok(read(large).equals(readFileSync(large)));
  assert.equal(read(small).toString(), '<p>br0</p>', 'a shorter file after a longer one');
});

test('files are listed sorted, and an atomic write leaves the whole file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-'));
  writeFileAtomic(join(dir, 'b.json'), '{}');
  writeFileAtomic(join(dir, 'a.json'), '[]');
  assert.deepEqual(listFiles(dir), [join(dir, 'a.json'), join(dir, 'b.json')]);
  assert.equal(readFileSync(join(dir, 'a.json'), 'utf8'), '[]');
});
