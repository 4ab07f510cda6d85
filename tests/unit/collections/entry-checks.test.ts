/** The checks on each content file before its schema runs (src/collections/entry-checks.node.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postFileProblem } from '../../../src/collections/entry-checks.node.ts';

test('a post is Markdown or MDX; any other file is refused by name, with the file to rename it to', () => {
  assert.equal(postFileProblem('content/posts/networking-exploration-nutanix-ahv.mdx'), undefined);
  assert.equal(postFileProblem('content/posts/plain-markdown.md'), undefined);
  assert.match(
    postFileProblem('content/posts/notes.markdown') ?? '',
    /^content\/posts\/notes\.markdown: posts are \.md \(Markdown\) or \.mdx \(MDX\) files: rename it to content\/posts\/notes\.md$/,
  );
});
