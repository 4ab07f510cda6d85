/** The redirect page (src/redirects/redirect-page.ts), as the link check reads it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { ROOT } from '../../support/posts.ts';
import { redirectPageHtml } from '../../../src/redirects/redirect-page.ts';
import { readPage } from '../../../src/link-check/crawler.node.ts';

test('a redirect page sends the browser on at once, is valid HTML and keeps a hostile title as text', async () => {
  const title = `Hostile<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
  const html = redirectPageHtml({ title, to: '/blog/posts/hostile-content/', canonical: 'https://notes.example.org/blog/posts/hostile-content/' });
  assert.match(html, /^<!DOCTYPE html><html lang="en">/);
  assert.ok(html.includes('<meta http-equiv="refresh" content="0; url=/blog/posts/hostile-content/">'));
  assert.ok(html.includes('<link rel="canonical" href="https://notes.example.org/blog/posts/hostile-content/">'));
  assert.ok(html.includes('<meta name="robots" content="noindex">'));
  assert.ok(html.includes('<a href="/blog/posts/hostile-content/">Hostile&#x3C;script>'), 'the title is a link, as text');
  assert.doesNotMatch(html, /<script|<img|<style/);
  assert.deepEqual(
    readPage(html).urls,
    ['https://notes.example.org/blog/posts/hostile-content/', '/blog/posts/hostile-content/', '/blog/posts/hostile-content/'],
    'the link check follows the canonical, the refresh and the link',
  );
  const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const report = await new HtmlValidate(config).validateString(html, 'redirect.html');
  assert.deepEqual(
    report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`)),
    [],
  );
  assert.doesNotMatch(redirectPageHtml({ title: 'x', to: '/posts/x/' }), /canonical/, 'no canonical without an origin');
});
