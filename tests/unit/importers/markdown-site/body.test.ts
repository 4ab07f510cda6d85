/**
 * A Jekyll or Hugo post's body beyond the fixtures
 * (src/importers/markdown-site/body.ts, with the two template languages):
 * any mix of Markdown, HTML, Liquid and shortcodes comes out as Markdown in
 * which no `{{` or `{%` is left in prose, no token of the import is left,
 * and what the author wrote outside the import's changes is kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { expandShortcodes } from '../../../../src/importers/hugo/shortcodes.ts';
import { expandLiquid } from '../../../../src/importers/jekyll/liquid.ts';
import { codeSpan, convertBody, parseMarkdown, prepareBody, type BodyContext } from '../../../../src/importers/markdown-site/body.ts';
import { KeptTemplates } from '../../../../src/importers/markdown-site/template-output.ts';

const context = (kept: KeptTemplates): BodyContext => ({
  kept,
  link: (href) => ({ url: href === '/old/' ? '/posts/new/' : href }),
  file: (src) => (src.endsWith('.png') ? { path: './s/a.png', name: 'a.png' } : { missing: 'not in the site folder', name: 'file' }),
});
const liquid = (text: string) => {
  const kept = new KeptTemplates();
  const scope = { site: {}, page: {}, url: 'https://old.example.org', baseurl: '', postUrl: () => undefined, linkUrl: () => undefined };
  return convertBody(prepareBody(expandLiquid(text, scope, kept).text, kept), context(kept));
};
const hugo = (text: string) => {
  const kept = new KeptTemplates();
  return convertBody(prepareBody(expandShortcodes(text, { ref: () => undefined, param: () => undefined }, kept).text, kept), context(kept));
};

/** Offsets of `{{` and `{%` braces not escaped, outside listings, inline code and HTML. */
function templatesInProse(markdown: string): number[] {
  const literal: Array<[number, number]> = [];
  visit(parseMarkdown(markdown), (node: Nodes) => {
    if ((node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') && node.position) {
      literal.push([node.position.start.offset!, node.position.end.offset!]);
      return 'skip';
    }
    return undefined;
  });
  return [...markdown.matchAll(/(?<!\\)(?:\\\\)*\{(?=[{%])|(?<=\{)\{/g)]
    .map((match) => match.index + match[0].length - 1)
    .filter((at) => !literal.some(([start, end]) => at >= start && at < end));
}

test('what the import does not change stays as written', () => {
  const text =
    '# Bonds\n\nSome *emphasis*, a [link](https://example.com/a_b) and a table:\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n> a quote[^1]\n\n[^1]: a note\n';
  assert.equal(liquid(text).markdown, text);
  assert.equal(hugo(text).markdown, text);
});

test('inline code holds any text on one line, backticks included', () => {
  assert.equal(codeSpan('{{ a }}'), '`{{ a }}`');
  assert.equal(codeSpan('a `b` c'), '``a `b` c``');
  assert.equal(codeSpan('`x`'), '`` `x` ``');
  assert.equal(codeSpan('{% a\n  b %}'), '`{% a b %}`');
});

test('a tag in a table cell is inline code that does not split the cell', () => {
  const { markdown } = liquid('| a | b |\n| - | - |\n| {{ x | y }} | d |\n');
  const [table] = parseMarkdown(markdown).children;
  assert.equal(table?.type, 'table');
  assert.equal((table as Extract<Nodes, { type: 'table' }>).children[1]!.children.length, 2);
});

test('any mix of Markdown, HTML, Liquid and shortcodes: no template in prose, no token left, never an error', () => {
  const pieces = [
    '{%',
    '%}',
    '{{',
    '}}',
    '{% raw %}',
    '{% endraw %}',
    '{% highlight bash %}',
    '{% endhighlight %}',
    '{% include toc.html %}',
    '{{ site.baseurl }}',
    '{% post_url x %}',
    '[',
    ']',
    '](',
    ')',
    '![',
    '](a.png)',
    '<img src="a.png">',
    '<img src="{{ x }}" alt="">',
    '<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE"></iframe>',
    '<a href="#x">',
    '</a>',
    '```',
    '~~~',
    '\n',
    '\n\n',
    '- ',
    '> ',
    '`',
    '# ',
    '## h {#id}',
    '{:toc}',
    '{: .x}',
    '* TOC\n{:toc}',
    '{{< youtube M7lc1UVf-VE >}}',
    '{{< notice >}}',
    '{{< /notice >}}',
    '{{</* x */>}}',
    '{{< highlight go >}}',
    '{{< /highlight >}}',
    '{{< figure src="a.png" >}}',
    '{{< ref "x" >}}',
    '|',
    '| a | b |\n|---|---|\n| {{ c }} | d |',
    '[x]: /old/',
    '[x]',
    '![y][x]',
    'text',
    ' ',
    'https://x.example.com/{{ a }}',
    '<!--more-->',
    '<!--',
    '-->',
    '\\',
    '*',
    '_',
    '[^1]',
    '[^1]: note',
  ];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const failed: string[] = [];
  for (let i = 0; i < 400; i++) {
    const text = Array.from({ length: 1 + Math.floor(random() * 20) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    for (const convert of [liquid, hugo]) {
      try {
        const { markdown } = convert(text);
        if (templatesInProse(markdown).length > 0 || /[\uE000\uE001]/.test(markdown)) failed.push(`${convert.name}: ${JSON.stringify(text)}`);
      } catch (error) {
        failed.push(`${convert.name}: ${JSON.stringify(text)}: ${(error as Error).message}`);
      }
    }
  }
  assert.deepEqual(failed, []);
});
