import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHarmlessBundlerWarning } from '../../../src/config/known-warnings.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/posts/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

test("MDX's head-inject directive warning is the one silenced", () => {
  assert.equal(isHarmlessBundlerWarning(headInject), true);
});

test('every other warning still prints, the same code with another directive included', () => {
  assert.equal(isHarmlessBundlerWarning({ ...headInject, message: headInject.message.replace('use astro:head-inject', 'use client') }), false);
  assert.equal(isHarmlessBundlerWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' }), false);
  assert.equal(isHarmlessBundlerWarning({ message: 'something else "use astro:head-inject"' }), false);
});
