/**
 * Builds the real site, or a copy of it (scripts/lib/site-copy.ts), with the
 * real Astro CLI, for the tests. Their builds are of http://localhost:4321
 * unless the caller says otherwise (SITE_URL in the shell does not leak in),
 * and strict (SITE_URL_REQUIRED=1), as CI's are: a caller that empties
 * SITE_URL gets a failed build, not a quiet localhost one.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/repo.ts';
import { DEFAULT_SITE_URL } from '../../src/config/site.ts';
import { SITE_URL_REQUIRED } from '../../src/config/deploy.node.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number | null;
  output: string;
}

export function astroBuild(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd: root,
      env: { ...process.env, SITE_URL: DEFAULT_SITE_URL, [SITE_URL_REQUIRED]: '1', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}
