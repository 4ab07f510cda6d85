/**
 * The link check's report (src/link-check/broken-link-report.ts): one line for a link however many pages carry it.
 * The build's wiring of it is in tests/build/invalid-content.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/posts.ts';
import { brokenLinkReport } from '../../../src/link-check/broken-link-report.ts';
import type { BrokenReference } from '../../../src/link-check/crawler.node.ts';

const GUIDE = 'content/posts/nutanix-ahv-best-practices-guide.mdx';

const NETWORKING = '/posts/networking-exploration-nutanix-ahv/';

/** The 1-based line and column of `text` in `file`, found the plain way. */
function whereIs(file: string, text: string) {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  assert.ok(line >= 0, `${file} no longer has ${text}`);
  return { line: line + 1, column: lines[line]!.indexOf(text) + 1 };
}

const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');

test('a broken link of a post is one line at its source, however many pages carry it; a layout link names its first page', () => {
  const text = source(GUIDE);
  const post = { file: GUIDE, page: '/posts/nutanix-ahv-best-practices-guide/' };
  const target = NETWORKING;
  const reason = 'no such file';
  const broken: BrokenReference[] = [
    { page: 'posts/nutanix-ahv-best-practices-guide/index.html', url: target, reason, target, post },
    { page: 'rss.xml', url: `http://localhost:4321${target}`, reason, target, post },
    { page: 'tags/ahv/rss.xml', url: `http://localhost:4321${target}`, reason, target, post },
    { page: '404.html', url: '/gone/', reason, target: '/gone/' },
    { page: 'about/index.html', url: '/gone/', reason, target: '/gone/' },
    { page: '_redirects line 3', url: '/posts/gone/', reason },
  ];
  const { line, column } = whereIs(GUIDE, `](${target})`);
  assert.deepEqual(
    brokenLinkReport(broken, '/', (file) => (file === GUIDE ? text : undefined)),
    [
      `${GUIDE}:${line}:${column + 2}: ${target} (no such file) (also on 2 other pages)`,
      '404.html: /gone/ (no such file) (also on 1 other page)',
      '_redirects line 3: /posts/gone/ (no such file)',
    ],
  );
  // A source that cannot be read, or a link not written as such: the file alone, with the link as the page has it.
  assert.deepEqual(
    brokenLinkReport(broken.slice(0, 3), '/', () => undefined),
    [`${GUIDE}: ${target} (no such file) (also on 2 other pages)`],
  );
});
