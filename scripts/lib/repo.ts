/** Where things are in this repository, for the scripts and the tests. */
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
/** Scratch space for builds of copies, benchmarks and test output (git-ignored). */
export const TMP = join(ROOT, 'tests/.tmp');
