/** Tag slugs (src/lib/slug.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSlug } from '../../../src/lib/slug.ts';

test('tags normalise to one URL-safe spelling', () => {
  assert.equal(toSlug('Open vSwitch'), 'open-vswitch');
  assert.equal(toSlug('open-vswitch'), 'open-vswitch');
  assert.equal(toSlug('  OPEN   VSWITCH '), 'open-vswitch');
  assert.equal(toSlug('Café/Réseau'), 'cafe-reseau');
  assert.equal(toSlug('C++'), 'c');
  assert.equal(toSlug('---'), '');
});
