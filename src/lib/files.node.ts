/** File helpers for the build's Node-only code: listing a tree, and writing a file whole or not at all. */
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, sorted, from the directory entries alone (no stat: another task may be writing beside the walk). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Writes under a temporary name, then renames: an interrupted build leaves the old file or the new one, never half of one. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}
