/**
 * The `.md` post plugin (src/markdown-posts/) through Astro's real Markdown
 * processor, Sätteri: raw HTML is shown but never runs, site links get the
 * base path, headings get their anchors. The fixture posts
 * tests/fixtures/posts/hostile-markdown.md and markdown-bond-check.md are
 * rendered as the build renders them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { markdownToHtml } from 'satteri';
import { ROOT } from '../../../scripts/lib/repo.ts';
import { markdownPostPlugin } from '../../../src/markdown-posts/markdown-post-plugin.ts';

async function render(markdown: string, base = '/blog/'): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    hastPlugins: [markdownPostPlugin({ base, posterOf: () => undefined }) as never],
    features: { gfm: true },
    fileURL: new URL('file:///site/content/posts/post.md'),
  });
  return html;
}
const fixture = (name: string) => parseFrontmatter(readFileSync(join(ROOT, 'tests/fixtures/posts', name), 'utf8')).content;

test('hostile raw HTML: no script, no handler, no style, no frame or form, no javascript: link; the text stays', async () => {
  const html = await render(fixture('hostile-markdown.md'));
  assert.doesNotMatch(html, /<script|<iframe|<object|<form|<input|<button|\son\w+=|style=|javascript:/i);
  assert.match(html, /<img src="\/blog\/favicon\.svg" alt="The site icon, with a handler that must not run">/);
  assert.match(html, /<span class="inert-link">click this<\/span>/);
  assert.match(html, /<span class="inert-link">this one<\/span>/, 'a Markdown link with a javascript: URL');
  assert.match(html, /nor <span class="inert-link">this<\/span>\./, 'java&#09;script: is javascript:');
  assert.match(html, /A paragraph with a handler and a style\./);
  assert.match(html, /The text after all that is still here\./);
});

test('a .md post: anchored headings, site links under the base, Markdown’s own HTML kept', async () => {
  const html = await render(fixture('markdown-bond-check.md'));
  assert.match(
    html,
    /<div class="heading-wrapper level-2"><h2 id="checking-the-bond">Checking the bond<\/h2><a class="anchor-link" href="#checking-the-bond" data-pagefind-ignore><span aria-hidden="true">#<\/span><span class="sr-only">Link to section: Checking the bond<\/span><\/a><\/div>/,
  );
  assert.match(html, /<a href="\/blog\/posts\/video-fixture\/">other fixture<\/a>/);
  assert.match(html, /<a href="#checking-the-bond">the first section<\/a>/, 'an in-page link keeps no base');
  assert.match(html, /<a href="https:\/\/docs\.example\.com\/ahv\/bonds\/">https:\/\/docs\.example\.com\/ahv\/bonds\/<\/a>/, 'an autolink');
  assert.match(html, /<details>\n<summary>The ifcfg file of the bridge<\/summary>/);
  assert.match(html, /<cite>bonds are for redundancy first<\/cite>/);
  assert.match(html, /a set is written \{eth2, eth3\}, and 1 &lt; 2 is true\.<br>/);
  assert.match(
    html,
    /<section data-footnotes[^>]*class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes<\/h2>/,
    'footnotes, their heading not anchored',
  );
  assert.doesNotMatch(html, /Notes to self/, 'an HTML comment never reaches the page');
  assert.equal(
    await render('## Same\n\n## Same\n')
      .then((h) => [...h.matchAll(/id="([^"]+)"/g)].map((m) => m[1]))
      .then(String),
    'same,same-1',
  );
});

test('a YouTube address alone in its paragraph is the video’s facade, titled after the post; one in a sentence stays a link', async () => {
  const html = await render(
    '---\n---\nhttps://www.youtube.com/watch?v=M7lc1UVf-VE\n\n<https://youtu.be/dQw4w9WgXcQ>\n\nSee https://www.youtube.com/watch?v=jNQXAC9IVRw here.\n',
  );
  const facades = [...html.matchAll(/<a class="video-facade" href="([^"]+)" data-youtube-id="([^"]+)"/g)].map((m) => m[2]);
  assert.deepEqual(facades, ['M7lc1UVf-VE', 'dQw4w9WgXcQ']);
  assert.match(html, /<figcaption>Video: Video\. Playing it loads YouTube's player from youtube-nocookie\.com; nothing is loaded before\.<\/figcaption>/);
  assert.match(html, /data-video-title="Video \(video 2\)"/);
  assert.match(html, /<p>See <a href="https:\/\/www\.youtube\.com\/watch\?v=jNQXAC9IVRw">/);
});
