/** A post's source file as the author wrote it, for the link check's tests (tests/unit/link-check/). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './posts.ts';

/** The 1-based line and column of `text` in `file`, found the plain way. */
export function whereIs(file: string, text: string) {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  assert.ok(line >= 0, `${file} no longer has ${text}`);
  return { line: line + 1, column: lines[line]!.indexOf(text) + 1 };
}

export const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');
