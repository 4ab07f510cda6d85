/** The card renderer (src/social-cards/card-renderer.node.ts): real worker threads, and a cache. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCardRenderer } from '../../../src/social-cards/card-renderer.node.ts';
import { pngSize } from '../../../src/social-cards/png.node.ts';
import { card } from '../../support/card-text.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'social-cards-'));
after(() => rmSync(cacheDir, { recursive: true, force: true }));

test('a card already in the cache is not drawn again; a changed one is', async () => {
  const first = createCardRenderer({ cacheDir, workers: 1 });
  const file = await first.render(card('Cached card'));
  assert.equal(first.stats().drawn, 1);
  await first.close();

  const second = createCardRenderer({ cacheDir, workers: 1 });
  assert.equal(await second.render(card('Cached card')), file);
  assert.equal(second.stats().drawn, 0);
  const changed = await second.render({ ...card('Cached card'), date: '17 February 2016' });
  assert.notEqual(changed, file);
  assert.equal(second.stats().drawn, 1);
  await second.close();
  assert.deepEqual(pngSize(readFileSync(changed)), { width: 1200, height: 630 });
});
