/**
 * Bad content must be refused, and the message must say which file and
 * which field. Each case breaks one real post and runs the real rules on it
 * (tests/support/content-check.ts); tests/build/invalid-content.test.ts
 * proves, with a few real builds, that the build runs these same rules.
 * Then the cross-entry rules (src/collections/cross-entry-rules.ts) on
 * their own, as pure data.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { migratedContentCopy, ROOT } from '../../support/posts.ts';
import { checkPostFile, checkPosts } from '../../support/content-check.ts';
import { planNewPost } from '../../../scripts/new-post.ts';
import { postSchema } from '../../../src/collections/schemas.ts';
import { findContentProblems, type KnownIds, type PostFacts } from '../../../src/collections/cross-entry-rules.ts';

const POST = 'content/posts/vienna-avaya-technology-forum.mdx';
const SERIES_POST = 'content/posts/ahv-ovs-light-board-part-4.mdx';

interface BrokenCase {
  name: string;
  file: string;
  /** What the problem must say: the file, the field, the value. */
  mentions: RegExp[];
  change: (text: string) => string;
}

const cases: BrokenCase[] = [
  { name: 'missing title', file: POST, mentions: [/: title: /], change: (t) => t.replace(/^title: .*\n/m, '') },
  { name: 'empty title', file: POST, mentions: [/: title: title must not be empty/], change: (t) => t.replace(/^title: .*$/m, 'title: "  "') },
  {
    name: 'impossible date (YAML alone would roll it over)',
    file: POST,
    mentions: [/: pubDate: "2014-02-30" is not a calendar date/],
    change: (t) => t.replace(/^pubDate: .*$/m, 'pubDate: 2014-02-30'),
  },
  {
    name: 'date that is not a date',
    file: POST,
    mentions: [/: pubDate: must be a date written as YYYY-MM-DD/],
    change: (t) => t.replace(/^pubDate: .*$/m, 'pubDate: the Monday before the forum'),
  },
  {
    name: 'updated before published',
    file: POST,
    mentions: [/: updatedDate: updatedDate must not be before pubDate/],
    change: (t) => t.replace(/^pubDate: .*$/m, '$&\nupdatedDate: 2001-01-01'),
  },
  {
    name: 'description too long',
    file: POST,
    mentions: [/: description: description must be at most 160 characters/],
    change: (t) => t.replace(/^description: .*$/m, `description: "${'Too long. '.repeat(20)}"`),
  },
  {
    name: 'a field the schema does not know',
    file: POST,
    mentions: [/: : Unrecognized key: "auther"/],
    change: (t) => t.replace(/^title: .*$/m, '$&\nauther: me'),
  },
  {
    name: 'unknown series',
    file: SERIES_POST,
    mentions: [/: series\.id: unknown series "no-such-series"/],
    change: (t) => t.replace('id: ahv-ovs-light-board', 'id: no-such-series'),
  },
  {
    name: 'part beyond the series',
    file: SERIES_POST,
    mentions: [/: series\.part: part 9 is beyond the \d+ parts/],
    change: (t) => t.replace(/part: 4/, 'part: 9'),
  },
  {
    name: 'two posts claiming the same part of a series',
    file: SERIES_POST,
    mentions: [/: series\.part: part 3 of series "ahv-ovs-light-board" is already claimed by content\/posts\/ahv-ovs-light-board-part-3\.mdx/],
    change: (t) => t.replace(/part: 4/, 'part: 3'),
  },
  {
    name: 'unknown conference',
    file: POST,
    mentions: [/: conference: unknown conference "no-such-conference"/],
    change: (t) => t.replace(/^conference: .*$/m, 'conference: no-such-conference'),
  },
  // A tag no post will register: an author's new post may well bring a real one (kubernetes, say).
  {
    name: 'unknown tag',
    file: POST,
    mentions: [/: tags: unknown tag "no-such-tag-registered"/],
    change: (t) => t.replace(/^tags: \[/m, 'tags: [No such tag registered, '),
  },
  {
    name: 'image without alt text',
    file: POST,
    mentions: [/: body line \d+: image "\/favicon\.svg" has no alt text/],
    change: (t) => `${t}\n![](/favicon.svg)\n`,
  },
  {
    name: 'malformed video id',
    file: POST,
    mentions: [/: video\.youtube: youtube must be an 11-character YouTube video id/],
    change: (t) => t.replace(/^tags: /m, 'video: { title: "A talk", youtube: "not-an-id" }\ntags: '),
  },
  {
    name: 'an empty author',
    file: POST,
    mentions: [/: author: author must not be empty/],
    change: (t) => t.replace(/^title: .*$/m, '$&\nauthor: " "'),
  },
  {
    name: 'an old URL with a fragment',
    file: POST,
    mentions: [/: redirectFrom\.1: redirectFrom "\/vienna\/#comments" must not contain #/],
    change: (t) => t.replace(/^tags: /m, 'redirectFrom: ["/2014/vienna/", "/vienna/#comments"]\ntags: '),
  },
  {
    name: 'an old URL with a query that is not a WordPress id',
    file: POST,
    mentions: [/: redirectFrom\.0: redirectFrom "\/\?cat=3" may have a query only as \/\?p=<digits> or \/\?page_id=<digits>/],
    change: (t) => t.replace(/^tags: /m, 'redirectFrom: ["/?cat=3"]\ntags: '),
  },
  {
    name: 'an old URL that is a page of this site',
    file: POST,
    mentions: [/: redirectFrom: "\/tags\/avaya\/" is a path of this site/],
    change: (t) => t.replace(/^tags: /m, 'redirectFrom: ["/tags/avaya/"]\ntags: '),
  },
  {
    name: 'one old URL listed twice',
    file: POST,
    mentions: [/: redirectFrom: "\/vienna\/" is listed twice: keep one/],
    change: (t) => t.replace(/^tags: /m, 'redirectFrom: ["/vienna/", "/vienna", "/vienna/"]\ntags: '),
  },
  {
    name: 'a body video with a malformed id',
    file: POST,
    mentions: [/: body line \d+: <YouTube id="not-an-id">: id must be an 11-character YouTube video id/],
    change: (t) => `${t}\n<YouTube id="not-an-id" title="A talk" />\n`,
  },
  {
    name: 'a body video without a title',
    file: POST,
    mentions: [/: body line \d+: <YouTube id="M7lc1UVf-VE">: title must say what the video is/],
    change: (t) => `${t}\n<YouTube id="M7lc1UVf-VE" />\n`,
  },
  {
    name: 'entities that is not true or false',
    file: POST,
    mentions: [/: entities: /],
    change: (t) => t.replace(/^tags: /m, 'entities: off please\ntags: '),
  },
  {
    name: 'a video with neither id nor channel',
    file: POST,
    mentions: [/: video: a video needs its youtube id/],
    change: (t) => t.replace(/^tags: /m, 'video: { title: "A talk" }\ntags: '),
  },
];

describe('one broken post is refused, naming the file and the field', () => {
  for (const broken of cases) {
    test(broken.name, () => {
      const path = join(ROOT, broken.file);
      const before = readFileSync(path, 'utf8');
      const after = broken.change(before);
      assert.notEqual(after, before, 'the edit changed nothing');
      const problems = checkPosts({ [path]: after });
      assert.ok(problems.length > 0, 'no problem found');
      const problem = problems.join('\n');
      assert.ok(
        problems.every((p) => p.startsWith(`${broken.file}: `)),
        `every problem names ${broken.file}:\n${problem}`,
      );
      for (const mention of broken.mentions) assert.match(problem, mention);
    });
  }
});

test('the real posts pass every rule (so the failures above are the breakage)', () => {
  assert.deepEqual(checkPosts(), []);
});

/**
 * What `npm run new -- "Testing a bond on AHV" --tags ahv` writes, as an edit that adds it to content/posts/
 * (it is planned beside the migrated posts alone, so that an author's own post of that title changes nothing).
 */
const draft = ((): { file: string; text: string; slug: string } => {
  const copy = migratedContentCopy();
  try {
    const plan = planNewPost(copy, { title: 'Testing a bond on AHV', tags: ['ahv'], date: new Date('2026-12-07T10:00:00Z') });
    return { ...plan, file: join(ROOT, 'content/posts', basename(plan.file)) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
})();

test('a draft just started by `npm run new` passes every rule but its description, which is pending: the build refuses it', () => {
  assert.deepEqual(checkPosts({ [draft.file]: draft.text }), []);
  const where = `content/posts/${draft.slug}.mdx`;
  assert.deepEqual(checkPostFile(draft.file, draft.text).pending, [
    `${where}: description: still the placeholder of \`npm run new\` (a draft: the build refuses it until it is written)`,
  ]);
  // The build's schema, unchanged: the placeholder is refused, draft or not.
  const refused = postSchema.safeParse(parseFrontmatter(draft.text).frontmatter);
  assert.deepEqual(
    refused.error?.issues.map((issue) => issue.path.join('.')),
    ['description'],
  );
});

test('a draft with the placeholder description still gets every other rule; published, the placeholder is a problem', () => {
  const where = `content/posts/${draft.slug}.mdx`;
  const untagged = draft.text.replace(/^tags: \[ahv\]$/m, 'tags: [ahv, no-such-tag-registered]');
  const problemsOf = (text: string) => checkPosts({ [draft.file]: text }).join('\n');
  assert.match(problemsOf(untagged), new RegExp(`^${where}: tags: unknown tag "no-such-tag-registered" \\(declare it in content/tags\\.yaml; [^\n]*$`));
  assert.match(problemsOf(`${draft.text}\n![](/favicon.svg)\n`), new RegExp(`^${where}: body line \\d+: image "/favicon\\.svg" has no alt text \\(`));
  const published = draft.text.replace('draft: true', 'draft: false');
  assert.deepEqual(checkPosts({ [draft.file]: published }), [
    `${where}: description: description is still the placeholder: write one or two sentences for cards, feeds and search`,
  ]);
  assert.deepEqual(checkPostFile(draft.file, published).pending, []);
});

test('a .md post meets the same rules as an .mdx post: its image without alt text is refused, naming it', () => {
  const file = 'content/posts/plain-markdown-rules.md';
  const text = '---\ntitle: Plain\ndescription: A plain Markdown post.\npubDate: 2026-12-01\ntags: [ahv]\n---\n\nA line.\n\n![](/favicon.svg)\n';
  const problems = checkPosts({ [join(ROOT, file)]: text });
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^content\/posts\/plain-markdown-rules\.md: body line \d+: image "\/favicon\.svg" has no alt text/);
  assert.deepEqual(checkPosts({ [join(ROOT, file)]: text.replace('![]', '![The site icon]') }), []);
});

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
