import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findContentProblems, type KnownIds, type PostFacts } from '../../../src/collections/cross-entry-rules.ts';

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

test('old URLs that lead to one post each are accepted, paths and WordPress ids alike', () => {
  const posts = [
    post({ id: 'a', filePath: 'content/posts/a.mdx', redirectFrom: ['/2016/02/02/hello-world/', '/hello-world', '/?p=12'] }),
    post({ id: 'b', filePath: 'content/posts/b.mdx', redirectFrom: ['/2016/03/01/second/', '/archives/13.html', '/?p=13', '/?page_id=12'] }),
  ];
  assert.deepEqual(findContentProblems(posts, known), []);
});

test('two posts claiming one old URL: the second is named, with the first', () => {
  const problems = findContentProblems(
    [
      post({ id: 'a', filePath: 'content/posts/a.mdx', redirectFrom: ['/hello-world/', '/?p=12'] }),
      post({ id: 'b', filePath: 'content/posts/b.mdx', redirectFrom: ['/?p=12', '/hello-world'] }),
    ],
    known,
  );
  assert.deepEqual(problems, [
    'content/posts/b.mdx: redirectFrom: "/?p=12" is already claimed by content/posts/a.mdx: an old URL can lead to one post only',
    'content/posts/b.mdx: redirectFrom: "/hello-world" is already claimed by content/posts/a.mdx, as "/hello-world/" (both are hello-world/index.html): an old URL can lead to one post only',
  ]);
});

test('one post listing an old URL twice is told to keep one; two spellings of a path are two lines of _redirects, and fine', () => {
  assert.deepEqual(findContentProblems([post({ redirectFrom: ['/hello-world/', '/hello-world', '/hello-world/'] })], known), [
    'content/posts/p.mdx: redirectFrom: "/hello-world/" is listed twice: keep one',
  ]);
});

test('an old URL that is a path of this site is refused: a redirect would replace its page', () => {
  const problems = findContentProblems([post({ redirectFrom: ['/posts/other/', '/tags/', '/', '/search/', '/sitemap-index.xml', '/2016/ok/'] })], known);
  assert.equal(problems.length, 5);
  for (const [i, url] of ['/posts/other/', '/tags/', '/', '/search/', '/sitemap-index.xml'].entries()) {
    assert.equal(
      problems[i],
      `content/posts/p.mdx: redirectFrom: "${url}" is a path of this site, not an old URL to redirect (its pages, feeds and files live there)`,
    );
  }
});

test('a <YouTube> in a body needs a valid id and a title, written as strings; the problem names the file and the line', () => {
  const problems = findContentProblems(
    [
      post({
        bodyVideos: [
          { id: 'M7lc1UVf-VE', title: 'Fine', line: 3 },
          { id: 'not-an-id', title: 'A talk', line: 7 },
          { id: undefined, title: 'From an expression', line: 9 },
          { id: 'M7lc1UVf-VE', title: ' ', line: 11 },
        ],
      }),
    ],
    known,
  );
  assert.deepEqual(problems, [
    'content/posts/p.mdx: body line 7: <YouTube id="not-an-id">: id must be an 11-character YouTube video id, written as a string (id="…")',
    'content/posts/p.mdx: body line 9: <YouTube id="?">: id must be an 11-character YouTube video id, written as a string (id="…")',
    'content/posts/p.mdx: body line 11: <YouTube id="M7lc1UVf-VE">: title must say what the video is, written as a string (title="…"): it names the player and the link to it',
  ]);
});

test('an old URL is the same however it is encoded: "/café/" and "/caf%C3%A9/" cannot lead to two posts', () => {
  const problems = findContentProblems(
    [
      post({ id: 'a', filePath: 'content/posts/a.mdx', redirectFrom: ['/café/'] }),
      post({ id: 'b', filePath: 'content/posts/b.mdx', redirectFrom: ['/caf%C3%A9/'] }),
    ],
    known,
  );
  assert.deepEqual(problems, [
    'content/posts/b.mdx: redirectFrom: "/caf%C3%A9/" is already claimed by content/posts/a.mdx, as "/café/" (both are café/index.html): an old URL can lead to one post only',
  ]);
});
