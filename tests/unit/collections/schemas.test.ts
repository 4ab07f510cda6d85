/** The post schema (src/collections/schemas.ts), with the content rules of tests/support/content-check.ts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/posts.ts';
import { checkPosts } from '../../support/content-check.ts';
import { postSchema } from '../../../src/collections/schemas.ts';

const POST = 'content/posts/vienna-avaya-technology-forum.mdx';

test('`entities: false` passes the rules (a post whose names get no entity pages); `entities` defaults to true', () => {
  const path = join(ROOT, POST);
  const before = readFileSync(path, 'utf8');
  assert.deepEqual(checkPosts({ [path]: before.replace(/^tags: /m, 'entities: false\ntags: ') }), []);
  assert.equal(postSchema.parse({ title: 'T', description: 'D', pubDate: new Date('2020-01-01'), tags: [] }).entities, true);
});
