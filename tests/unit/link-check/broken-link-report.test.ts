/**
 * The link check's report (src/link-check/broken-link-report.ts): one line for a link however many pages carry it.
 * The build's wiring of it is in tests/build/invalid-content.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLinkReport } from '../../../src/link-check/broken-link-report.ts';
import type { BrokenReference } from '../../../src/link-check/crawler.node.ts';
import { source, whereIs } from '../../support/post-source.ts';

const GUIDE = 'content/posts/nutanix-ahv-best-practices-guide.mdx';

const NETWORKING = '/posts/networking-exploration-nutanix-ahv/';

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
