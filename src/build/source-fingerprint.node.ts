/**
 * A hash of the site's code: every file under src/, the config and the
 * lockfile (the exact installed packages). A build cache keyed by it is
 * dropped whenever the code that made its entries may have changed; an
 * author's content edits leave it as it is.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../lib/files.node.ts';

export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of [...listFiles(join(root, 'src')), join(root, 'astro.config.mjs'), join(root, 'package-lock.json')]) {
    hash.update(relative(root, file));
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex');
}
