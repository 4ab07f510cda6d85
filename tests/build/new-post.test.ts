/**
 * `npm run new` end to end, in a copy of the site: the command writes a post,
 * the build refuses it while the description is the placeholder, and builds
 * it once the description is written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/repo.ts';
import { astroBuild, copySite } from '../../scripts/lib/site-copy.ts';
import { DESCRIPTION_PLACEHOLDER } from '../../src/collections/schemas.ts';

test('npm run new writes a post that builds once its description is written', async () => {
  const dir = copySite('new-post');
  try {
    const said = execFileSync(process.execPath, [join(ROOT, 'scripts/new-post.ts'), 'Trunk ports on bond0', '--tags', 'ahv,Open vSwitch', '--root', dir], {
      encoding: 'utf8',
    });
    const file = join(dir, 'content/posts/trunk-ports-on-bond0.mdx');
    assert.match(said, /Wrote content\/posts\/trunk-ports-on-bond0\.mdx \(a draft\)/);
    assert.match(said, /http:\/\/localhost:4321\/posts\/trunk-ports-on-bond0\//);

    const refused = await astroBuild(dir);
    assert.notEqual(refused.code, 0, 'the placeholder description must stop the build');
    assert.match(refused.output, /trunk-ports-on-bond0\.mdx/);
    assert.match(refused.output, /description is still the placeholder/);

    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(DESCRIPTION_PLACEHOLDER, 'Carrying several VLANs over one bond.').replace('draft: true', 'draft: false'));
    const built = await astroBuild(dir, { OUT_DIR: join(dir, 'dist') });
    assert.equal(built.code, 0, built.output.slice(-2000));
    assert.ok(existsSync(join(dir, 'dist/posts/trunk-ports-on-bond0/index.html')), 'the post is published once it is no longer a draft');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
