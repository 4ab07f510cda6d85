/**
 * Separators in the built pages keep their spaces: "United States · 21–23
 * October 2018", not "United States ·21–23". Astro's compressHTML drops
 * whitespace that only a line break carries between a text and an
 * expression or an inline tag, so a component that writes `{a} ·` and
 * `{b}` on two lines loses a space without any warning. This reads the text
 * of every page of the site and of the fixture site (videos, a conference
 * box, imported posts) as a reader sees it, and fails on a "·" or "•"
 * touching a word.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from '../../src/lib/files.node.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';

const SITES = [TEST_SITES.root.dir, TEST_SITES.fixtures.dir];

/** Code and drawings are written as they are; their characters are not the page's separators. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'PRE', 'CODE', 'KBD', 'SAMP', 'svg', 'SVG']);
/** Elements a line break separates from their neighbours, so their texts do not run together. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LEGEND LI MAIN NAV OL P SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/** The text of a page as it reads: inline elements run together, blocks are apart. */
function readableText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (SKIPPED.has(element.tagName)) return ' ';
  const inner = [...element.childNodes].map(readableText).join('');
  return BLOCKS.has(element.tagName) ? ` ${inner} ` : inner;
}

/** A separator with a word right before or after it, with some context to find it by. */
function cramped(text: string): string[] {
  return [...text.replace(/\s+/g, ' ').matchAll(/.{0,30}(?:\S[·•]|[·•]\S).{0,30}/g)].map((m) => m[0]);
}

before(() => {
  for (const dir of SITES) assert.ok(existsSync(join(dir, 'index.html')), `no build in ${dir}: run \`npm run build:test-sites\` first`);
});

test('the check finds a separator that lost its space, and passes one that kept it', () => {
  assert.deepEqual(cramped('United States ·21–23 October 2018'), ['United States ·21–23 October 2018']);
  assert.deepEqual(cramped('Raleigh·\n21–23'), ['Raleigh· 21–23']);
  assert.deepEqual(cramped('United States · 21–23 October 2018'), []);
});

test('no page has a "·" or "•" touching a word', () => {
  const found: string[] = [];
  let pages = 0;
  for (const dir of SITES) {
    for (const file of listFiles(dir).filter((name) => name.endsWith('.html'))) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      if (!document.body) continue;
      pages++;
      for (const hit of cramped(readableText(document.body))) found.push(`${relative(process.cwd(), file)}: “${hit}”`);
    }
  }
  assert.ok(pages > 40, `${pages} pages read`);
  assert.deepEqual(found, []);
});
