/**
 * The build log is for real trouble: a build of the real site prints no
 * warning, so an author who sees one knows it matters. Reads the logs that
 * `npm run build:test-sites` keeps of the site at the root and under /blog/.
 * The two silenced warnings, and that anything else still prints, are
 * unit-tested in tests/unit/config/known-warnings.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { buildLogFile } from '../support/build-test-sites.ts';

for (const site of ['root', 'blog'] as const) {
  test(`the ${site} build of the real site prints no warnings`, () => {
    const file = buildLogFile(site);
    assert.ok(existsSync(file), `no build log at ${file}: run \`npm run build:test-sites\` first`);
    const log = readFileSync(file, 'utf8');
    assert.match(log, /Complete!/, 'the log is of a finished build');
    const warnings = log.split('\n').filter((line) => /\bWARN\b|\bwarning\b/i.test(line));
    assert.deepEqual(warnings, []);
  });
}
