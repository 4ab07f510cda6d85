/** The import writes all or nothing (src/importers/write-import.node.ts): `npm run import` on the WordPress test export. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/repo.ts';
import { emptySite } from '../../support/markdown-sites.ts';
import { runImport, snapshot } from '../../support/import-command.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/wordpress');
const EXPORT = join(FIXTURE, 'export.xml');
const UPLOADS = join(FIXTURE, 'uploads');

test('an import that fails while moving files in puts back what it had moved', async () => {
  const root = emptySite();
  try {
    // A folder where an image must go: the rename of that file fails after the posts before it were moved in.
    mkdirSync(join(root, 'content/posts/three-ways-to-create-a-vm-network/acli-net-create.png'), { recursive: true });
    const before = snapshot(root);
    const run = await runImport(root, EXPORT, '--uploads', UPLOADS, '--no-download');
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /could not move content\/posts\/three-ways-to-create-a-vm-network\/acli-net-create\.png into place .*; the \d+ files moved before it were put back/,
    );
    assert.deepEqual(snapshot(root), before);
    assert.deepEqual(
      readdirSync(join(root, 'content')).filter((name) => name.startsWith('.import')),
      [],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
