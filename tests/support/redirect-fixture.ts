/** The test-only post tests/fixtures/posts/moved-from-wordpress.mdx, whose old URLs the redirect tests read. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './posts.ts';
import { checkPostFile } from './content-check.ts';

export const FIXTURE_POST = join(ROOT, 'tests/fixtures/posts/moved-from-wordpress.mdx');

/** The fixture post as the build reads it: through the schema and the content rules. */
export function fixturePost() {
  const { problems, facts } = checkPostFile(FIXTURE_POST, readFileSync(FIXTURE_POST, 'utf8'));
  assert.deepEqual(problems, []);
  return { id: facts!.id, data: { redirectFrom: facts!.redirectFrom } };
}
