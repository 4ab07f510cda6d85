/**
 * Which MDX bodies are plain Markdown, and so rendered once at the content
 * sync rather than bundled as modules (src/collections/mdx-as-data.node.ts).
 * A wrong "yes" would render a body differently from MDX; a wrong "no" only
 * costs build time, so every doubtful case must answer no.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlainMarkdown, plainMarkdownOf } from '../../../src/post-body/plain-markdown.ts';

const lines = (...text: string[]) => text.join('\n');

test('prose, lists, tables, quotations and fenced listings are plain Markdown', () => {
  const body = lines(
    '## A heading',
    '',
    'Some *prose* with a [link](/posts/x/) and `code`.',
    '',
    '> A quotation.',
    '',
    '- one',
    '  - nested',
    '',
    '| a | b |',
    '| --- | --- |',
    '| 1 | 2 |',
    '',
    '```xml',
    '<domain type="kvm">',
    '  {not an expression}',
    '',
    '    indented inside a fence',
    '</domain>',
    '```',
  );
  assert.equal(isPlainMarkdown(body), true);
});

test('inline code holding angle brackets or braces is plain Markdown (both parses agree)', () => {
  assert.equal(isPlainMarkdown('The XML names it in `<interface type="bridge">`, and `${HOME}` is a variable.'), true);
});

test('an MDX comment on lines of its own renders nothing: it is blanked, and its lines kept', () => {
  assert.equal(plainMarkdownOf('Text.\n\n{/* diagram: to be drawn */}\n\nMore.'), 'Text.\n\n                            \n\nMore.');
  assert.equal(plainMarkdownOf('Text.\n\n{/* two\nlines */}\n\nMore.'), 'Text.\n\n       \n         \n\nMore.');
  // Within a paragraph, a comment is an expression of the text: left to MDX.
  assert.equal(plainMarkdownOf('Text {/* aside */} more.'), undefined);
});

test('JSX, expressions, imports and exports keep a body a module', () => {
  assert.equal(isPlainMarkdown('Before.\n\n<YouTube id="M7lc1UVf-VE" title="A video" />\n'), false);
  assert.equal(isPlainMarkdown('Text with <span>an element</span>.'), false);
  assert.equal(isPlainMarkdown('Two and two is {2 + 2}.'), false);
  assert.equal(isPlainMarkdown("import Chart from './chart.astro';\n\nText."), false);
  assert.equal(isPlainMarkdown('export const answer = 42;\n\nText.'), false);
});

test('what Markdown and MDX read differently keeps a body a module', () => {
  // Indented code: a listing to Markdown, a paragraph to MDX.
  assert.equal(isPlainMarkdown('Text.\n\n    ifconfig eth0\n'), false);
  // An image: MDX renders it with Astro's image component.
  assert.equal(isPlainMarkdown('![A bridge](./bridge.png)'), false);
  // A YouTube address alone in its paragraph: the .md plugin draws the video, MDX a link.
  assert.equal(isPlainMarkdown('Watch it:\n\nhttps://www.youtube.com/watch?v=M7lc1UVf-VE\n'), false);
  // Footnotes: MDX draws their heading with the h2 component, the .md plugin for screen readers only.
  assert.equal(isPlainMarkdown('A note.[^1]\n\n[^1]: Its text.'), false);
  // Not valid MDX: the MDX compiler reports it, with the file and line.
  assert.equal(isPlainMarkdown('A stray { brace.'), false);
});

test('a fence closes only with its own kind of fence, at least as long', () => {
  const body = lines('````md', '```', '<not closed yet>', '````', '', 'After the fence.');
  assert.equal(isPlainMarkdown(body), true);
  assert.equal(isPlainMarkdown(lines('```', 'code', '~~~', '<still code>', '```', '', '<b>after</b>')), false);
});
