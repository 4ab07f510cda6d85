import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findContentProblems, type KnownIds, type PostFacts } from '../../src/collections/cross-entry-rules.ts';

const known: KnownIds = {
  series: new Map([['ahv-ovs-light-board', { parts: 4 }]]),
  conferences: new Set(['all-things-open-2018']),
  tags: new Set(['ahv', 'networking']),
};

function post(overrides: Partial<PostFacts>): PostFacts {
  return { id: 'p', filePath: 'content/posts/p.mdx', tags: ['ahv'], ...overrides };
}

test('a clean set of posts has no problems', () => {
  const posts = [
    post({ id: 'a', filePath: 'content/posts/a.mdx', series: { id: 'ahv-ovs-light-board', part: 1 } }),
    post({ id: 'b', filePath: 'content/posts/b.mdx', series: { id: 'ahv-ovs-light-board', part: 3 }, conference: 'all-things-open-2018' }),
  ];
  assert.deepEqual(findContentProblems(posts, known), []);
});

test('an unknown tag names the file, the field and the tag', () => {
  const [problem] = findContentProblems([post({ tags: ['ahv', 'kubernetes'] })], known);
  assert.match(problem!, /^content\/posts\/p\.mdx: tags: unknown tag "kubernetes"/);
});

test('an unknown series or conference names the file and the field', () => {
  const problems = findContentProblems([post({ series: { id: 'nope', part: 1 }, conference: 'nowhere-2020' })], known);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /content\/posts\/p\.mdx: conference: unknown conference "nowhere-2020"/);
  assert.match(problems[1]!, /content\/posts\/p\.mdx: series\.id: unknown series "nope"/);
});

test('two posts claiming one part of a series are both named', () => {
  const problems = findContentProblems(
    [
      post({ id: 'a', filePath: 'content/posts/a.mdx', series: { id: 'ahv-ovs-light-board', part: 3 } }),
      post({ id: 'b', filePath: 'content/posts/b.mdx', series: { id: 'ahv-ovs-light-board', part: 3 } }),
    ],
    known,
  );
  assert.deepEqual(problems, ['content/posts/b.mdx: series.part: part 3 of series "ahv-ovs-light-board" is already claimed by content/posts/a.mdx']);
});

test('a part beyond the length of the series is refused', () => {
  const [problem] = findContentProblems([post({ series: { id: 'ahv-ovs-light-board', part: 5 } })], known);
  assert.match(problem!, /series\.part: part 5 is beyond the 4 parts/);
});
