/** File helpers for the build's Node-only code: listing a tree, reading many files, and writing a file whole or not at all. */
import { closeSync, openSync, readSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * A reader of many files into one buffer, grown when a file is larger: each
 * result is a view that the next read overwrites. Reading a site's thousands
 * of pages one by one so costs no memory, where a buffer per page piles up
 * outside V8's heap until a collection frees it.
 */
export function createFileReader(): (file: string) => Buffer {
  let buffer = Buffer.alloc(1 << 20);
  return (file) => {
    const size = statSync(file).size;
    if (size > buffer.length) buffer = Buffer.alloc(size * 2);
    const fd = openSync(file, 'r');
    try {
      let read = 0;
      while (read < size) {
        const got = readSync(fd, buffer, read, size - read, read);
        if (got === 0) break;
        read += got;
      }
      return buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  };
}
