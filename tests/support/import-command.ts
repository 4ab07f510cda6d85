/**
 * `npm run import` as the importers' tests run it: the real command on a
 * site root, what a run left under content/ and public/, and the check that
 * a wrong argument is one line, exit code 2, and nothing written.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/repo.ts';

export const IMPORT = join(ROOT, 'scripts/import.ts');

/** The real command, run as an author runs it (asynchronously: a loopback server in the test's process answers meanwhile). */
export async function runImport(root: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [IMPORT, ...args, '--root', root], { encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every file and folder under content/ and public/, files with their bytes, to prove a run changed nothing. */
export function snapshot(root: string): Map<string, string> {
  return new Map(
    ['content', 'public']
      .filter((dir) => existsSync(join(root, dir)))
      .flatMap((dir) => (readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }) as string[]).map((name) => join(dir, name)))
      .sort()
      .map((name) => [name, statSync(join(root, name)).isFile() ? readFileSync(join(root, name)).toString('base64') : '(folder)']),
  );
}

/** Each wrong argument gets the one line it should, exit code 2, nothing on stdout, and leaves `root` as it was. */
export async function expectWrongArguments(root: string, cases: ReadonlyArray<readonly [readonly string[], RegExp]>): Promise<void> {
  const before = snapshot(root);
  for (const [args, message] of cases) {
    const run = await runImport(root, ...args);
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message, args.join(' '));
    assert.equal(run.stdout, '');
    assert.deepEqual(snapshot(root), before, args.join(' '));
  }
}
