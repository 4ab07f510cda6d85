/**
 * Snapshot tests of the highlighting pipeline: each fixture in
 * tests/fixtures/listings/ (one fence per file) goes through the site's real
 * Shiki config and is compared with the .html beside it. No build.
 *
 * After an intended change to the output, rewrite the snapshots with
 *   UPDATE_SNAPSHOTS=1 node --test tests/unit/markdown/code-block-pipeline.test.ts
 * and read the diff before committing it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeBlockTransformers } from '../../../src/markdown/code-block-pipeline.ts';
import { highlightFence, parseFence, type Fence } from '../../support/highlight.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/listings');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .map((name) => ({ name, fence: parseFence(readFileSync(join(FIXTURES, name), 'utf8'), name) }));

/** Code lines are already one per line; breaking after block ends too makes a snapshot diff point at what changed. */
function readable(html: string): string {
  return html.replace(/(<\/(?:div|details|summary|figcaption|li|p)>)/g, '$1\n').trimEnd() + '\n';
}

for (const { name, fence } of fixtures) {
  test(`listing snapshot: ${name}`, async () => {
    const html = readable(await highlightFence(fence));
    const snapshot = join(FIXTURES, name.replace(/\.md$/, '.html'));
    if (UPDATE || !existsSync(snapshot)) {
      if (!UPDATE) assert.fail(`${snapshot} is missing: run with UPDATE_SNAPSHOTS=1 to write it, then read it`);
      writeFileSync(snapshot, html);
      return;
    }
    assert.equal(html, readFileSync(snapshot, 'utf8'), `${name} renders differently from its snapshot`);
  });
}

test('every transformer of the site has a fixture that its output depends on', async () => {
  const names = codeBlockTransformers().map((t) => t.name ?? '(a transformer without a name)');
  const covered = new Set<string>();
  for (const { fence } of fixtures) {
    const full = await highlightFence(fence);
    for (const name of names) {
      const without = await highlightFence(
        fence,
        codeBlockTransformers().filter((t) => t.name !== name),
      );
      if (without !== full) covered.add(name);
    }
  }
  assert.deepEqual(
    names.filter((name) => !covered.has(name)),
    [],
    'transformers that no fixture exercises',
  );
});

test('the transformers run in the stated order', () => {
  assert.deepEqual(
    codeBlockTransformers().map((t) => [t.name, t.enforce ?? 'normal']),
    [
      ['site:terminal-session', 'normal'],
      ['site:network-overlay', 'normal'],
      ['site:line-marks', 'normal'],
      ['@shikijs/transformers:notation-diff', 'normal'],
      ['@shikijs/transformers:notation-highlight', 'normal'],
      ['@shikijs/transformers:notation-highlight-word', 'normal'],
      ['site:role-classes', 'normal'],
      ['site:unwrap-plain-spans', 'normal'],
      ['site:entity-marks', 'normal'],
      ['site:diagram', 'normal'],
      ['site:diagram-marks', 'normal'],
      ['site:code-frame', 'normal'],
    ],
  );
});

test('no transformer reads another one’s state: without the terminal session, diagrams and plain listings are unchanged', async () => {
  const withoutSession = () => codeBlockTransformers().filter((t) => t.name !== 'site:terminal-session');
  const notSessions = fixtures.filter(({ fence }) => !/^(shellsession|console)$/.test(fence.lang));
  assert.ok(
    notSessions.some(({ fence }) => fence.lang === 'dot'),
    'a diagram fixture is among them',
  );
  for (const { name, fence } of notSessions) {
    assert.equal(await highlightFence(fence, withoutSession()), await highlightFence(fence), name);
  }
});

test('a diagram renders the same whatever else is in the pipeline, even with only its drawing and its names', async () => {
  const diagram = fixtures.find(({ fence }) => fence.lang === 'dot')!.fence;
  const alone = codeBlockTransformers().filter((t) => t.name === 'site:diagram' || t.name === 'site:diagram-marks');
  assert.equal(await highlightFence(diagram, alone), await highlightFence(diagram));
});

test('the rendered listings carry no inline styles (the CSP forbids them)', async () => {
  for (const { name, fence } of fixtures) assert.doesNotMatch(await highlightFence(fence), /\sstyle=/, name);
});

test('a diagram without alt text is refused, naming what is missing', async () => {
  const fence: Fence = { lang: 'dot', meta: 'caption="br0 and bond0"', code: 'digraph { br0 -> bond0 }' };
  await assert.rejects(highlightFence(fence), /needs alt=/);
});
