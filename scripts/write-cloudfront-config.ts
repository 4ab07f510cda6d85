/**
 * Writes server-config/cloudfront/'s generated files from the host rules
 * (src/host-config/cloudfront-policy.ts): the two response headers policies and
 * the custom error responses. `npm run server-config` (scripts/write-server-config.ts)
 * calls it for "/"; tests/unit/host-config/cloudfront-policy.test.ts fails while the checked-in
 * files differ from what it writes. The policies are the same under any base
 * path, the 404 page's path in the error responses is not.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloudfrontFiles } from '../src/host-config/cloudfront-policy.ts';
import { ROOT } from './lib/repo.ts';

export const CLOUDFRONT_DIR = join(ROOT, 'server-config/cloudfront');

/** Writes the files for a base path; returns their paths. */
export function writeCloudfrontFiles(base: string, dir = CLOUDFRONT_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(cloudfrontFiles(base)).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
