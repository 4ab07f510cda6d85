/** A WordPress body made MDX (src/importers/wordpress/body.ts), from the HTML its readers saw (wordpress-html.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertBody } from '../../../../src/importers/wordpress/body.ts';
import { wordpressHtml } from '../../../../src/importers/wordpress/wordpress-html.ts';

test('mdx-hostile, beyond the fixture: broken HTML, shortcodes and MDX’s own characters in any mix come out as MDX that parses', () => {
  const context = {
    slug: 's',
    title: 'T',
    siteUrl: 'https://oldblog.example.com',
    resolveLink: () => undefined,
    media: () => ({ elsewhere: true }) as const,
    attachments: new Map(),
  };
  const convert = (html: string) => convertBody(wordpressHtml(html, { postId: 1, attachments: new Map() }), context);
  // Each of these once made MDX that would not compile: a listing in a heading, bold or a table cell, a list item in
  // inline code, text straight in a list item, a blank line in inline code.
  for (const html of ['<h2><pre><', '<b>\n\n<pre>&lt;', '<table><tr><td><pre>{', '<code><li>&#123;\n\n)', 'a <ul>&lt;{', '<code>\n\n|<p><'])
    assert.doesNotThrow(() => convert(html), html);
  // And a thousand random mixes of the pieces WordPress content is made of (a fixed seed: the same mixes every run).
  const pieces = [
    '<',
    '>',
    '{',
    '}',
    '[',
    ']',
    '`',
    '*',
    '_',
    '#',
    '!',
    '&',
    '|',
    '\\',
    '<p>',
    '</p>',
    '<br>',
    '<b>',
    '</b>',
    '<a href="x">',
    '</a>',
    '<code>',
    '</code>',
    '<pre>',
    '</pre>',
    '\n',
    '\n\n',
    ' ',
    'import',
    'export',
    'x',
    '1.',
    '-',
    '<img src="a.png" alt="{x}">',
    '[code]',
    '[/code]',
    '<!--',
    '-->',
    '<li>',
    '<ul>',
    '</ul>',
    '<table><tr><td>',
    '</td></tr></table>',
    '<h2>',
    '</h2>',
    '&lt;',
    '&#123;',
    '<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE" title="a{b}<c>">',
    '</iframe>',
    '<blockquote>',
    '</blockquote>',
    'http://x.example.com/y',
  ];
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const failed: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const html = Array.from({ length: 1 + Math.floor(random() * 25) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    try {
      convert(html);
    } catch {
      failed.push(html);
    }
  }
  assert.deepEqual(failed, []);
});
