import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHandover } from '../../../src/lib/build-handover.ts';

// Two declarations of one name stand for the two copies of a module in a build (the pages' and the integration's).
test('what one copy opens, the other copy of the module reaches; after close, nothing', () => {
  const integration = buildHandover<(n: number) => void>('test:numbers');
  const pages = buildHandover<(n: number) => void>('test:numbers');
  const got: number[] = [];
  assert.equal(pages.current(), undefined, 'nothing listens before a build');
  integration.open((n) => got.push(n));
  pages.current()?.(1);
  integration.close();
  pages.current()?.(2);
  assert.deepEqual(got, [1]);
  assert.equal(pages.current(), undefined);
});

test('hand-overs of different names do not meet', () => {
  buildHandover<string>('test:a').open('a');
  assert.equal(buildHandover<string>('test:b').current(), undefined);
  assert.equal(buildHandover<string>('test:a').current(), 'a');
  buildHandover<string>('test:a').close();
});
