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

/** Once per build process: the compile cache and the body cache both ask. */
const fingerprints = new Map<string, string>();

export function sourceFingerprint(root: string): string {
  const known = fingerprints.get(root);
  if (known) return known;
  const hash = createHash('sha256');
  for (const file of [...listFiles(join(root, 'src')), join(root, 'astro.config.mjs'), join(root, 'package-lock.json')]) {
    hash.update(relative(root, file));
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(missing)');
    }
  }
  const fingerprint = hash.digest('hex');
  fingerprints.set(root, fingerprint);
  return fingerprint;
}
