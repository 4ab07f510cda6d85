/**
 * `npm run new` end to end. The command's own checks are unit-tested
 * (tests/unit/new-post.test.ts), and the schema refuses its placeholder
 * description; here the real command runs, and the post it started, once
 * its author has written the description, is in the fixture build
 * (tests/support/build-test-sites.ts runs it there, so no build of its own).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/repo.ts';
import { NEW_POST, TEST_SITES } from '../support/build-test-sites.ts';

test('npm run new writes a draft and says where it is and where to see it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-post-'));
  try {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    const said = execFileSync(process.execPath, [join(ROOT, 'scripts/new-post.ts'), ...NEW_POST.args, '--root', dir], { encoding: 'utf8' });
    assert.match(said, new RegExp(`Wrote content/posts/${NEW_POST.slug}\\.mdx \\(a draft\\)`));
    assert.match(said, /the build refuses the placeholder/);
    assert.match(said, new RegExp(`http://localhost:4321/posts/${NEW_POST.slug}/`));
    assert.match(readFileSync(join(dir, 'content/posts', `${NEW_POST.slug}.mdx`), 'utf8'), /^draft: true$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the post it started builds once its description is written', () => {
  const page = join(TEST_SITES.fixtures.dir, 'posts', NEW_POST.slug, 'index.html');
  assert.ok(existsSync(page), `${page} is missing: run \`npm run build:test-sites\` first`);
  const html = readFileSync(page, 'utf8');
  assert.match(html, /<h1[^>]*>Trunk ports on bond0<\/h1>/);
  assert.match(html, new RegExp(`<meta name="description" content="${NEW_POST.description}">`));
});
