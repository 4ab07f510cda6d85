/** The sanitizer of raw HTML in `.md` posts (src/markdown-posts/raw-html-sanitizer.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RawHtmlSanitizer } from '../../../src/markdown-posts/raw-html-sanitizer.ts';

test('the sanitizer keeps what HTML may say, and escapes a tag cut short rather than let the browser read on', () => {
  const clean = (fragment: string) => new RawHtmlSanitizer('/').clean(fragment);
  assert.equal(clean('<details open>\n<summary>More</summary>'), '<details open>\n<summary>More</summary>');
  assert.equal(clean('<cite>A book</cite><br><br/>'), '<cite>A book</cite><br><br />');
  assert.equal(clean('<img src=x onerror=alert(1)'), '&lt;img src=x onerror=alert(1)');
  assert.equal(clean('<a href="/posts/x/" title="a &quot;b&quot;">x</a>'), '<a href="/posts/x/" title="a &quot;b&quot;">x</a>');
  assert.equal(clean('<script>alert(1)</script>after'), 'after');
  assert.equal(clean('<!-- a note --><p>text</p>'), '<p>text</p>');
  assert.equal(clean('<a href="data:text/html,<script>alert(1)</script>">x</a>'), '<span class="inert-link">x</span>');
  // One document: a link opened in one fragment is closed in the next, as what it became.
  const sanitizer = new RawHtmlSanitizer('/blog/');
  assert.equal(sanitizer.clean('<a href="JaVaScRiPt:alert(1)">'), '<span class="inert-link">');
  assert.equal(sanitizer.clean('<a href="/tags/">'), '<a href="/blog/tags/">');
  assert.equal(sanitizer.clean('</a>'), '</a>');
  assert.equal(sanitizer.clean('</a>'), '</span>');
});
