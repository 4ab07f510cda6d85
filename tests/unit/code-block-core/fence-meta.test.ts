import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FenceMetaError, parseFenceMeta } from '../../../src/code-block-core/fence-meta.ts';

test('titles, captions, line marks, diff lines, collapse, words and wrap', () => {
  const meta = parseFenceMeta(
    `title="cat /etc/libvirt/qemu/cvm.xml" caption='The CVM, "as defined"' {1,3-4} ins={6} del={7-8} collapse={20-30,40-45} /br0/ /a\\/b/ wrap`,
  );
  assert.equal(meta.title, 'cat /etc/libvirt/qemu/cvm.xml');
  assert.equal(meta.caption, 'The CVM, "as defined"');
  assert.deepEqual([...meta.mark], [1, 3, 4]);
  assert.deepEqual([...meta.ins], [6]);
  assert.deepEqual([...meta.del], [7, 8]);
  assert.deepEqual(meta.collapse, [
    { start: 20, end: 30 },
    { start: 40, end: 45 },
  ]);
  assert.deepEqual(meta.words, ['br0', 'a/b']);
  assert.equal(meta.wrap, true);
});

test('slashes inside a quoted title are not word marks', () => {
  assert.deepEqual(parseFenceMeta('title="/etc/sysconfig/network-scripts/ifcfg-br0"').words, []);
});

test('no meta is an empty meta', () => {
  const meta = parseFenceMeta(undefined);
  assert.equal(meta.title, undefined);
  assert.equal(meta.wrap, false);
  assert.equal(meta.mark.size, 0);
});

test('mistakes are errors, not silently ignored', () => {
  assert.throws(() => parseFenceMeta('titel="x"'), FenceMetaError);
  assert.throws(() => parseFenceMeta('collapse={a-b}'), /not a line number/);
  assert.throws(() => parseFenceMeta('collapse={5-2}'), /not a valid range/);
  assert.throws(() => parseFenceMeta('collapse={1-5,3-9}'), /overlap/);
  assert.throws(() => parseFenceMeta('wrapp'), /unknown code fence option "wrapp"/);
  assert.throws(() => parseFenceMeta('title=x'), FenceMetaError);
});
