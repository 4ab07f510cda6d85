/** The GitHub Pages workflow (.github/workflows/pages.yml): it lints clean, and it builds for the Pages address with the origin required. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import semver from 'semver';
import { deployFromEnv } from '../../../src/config/deploy.node.ts';
import { ROOT } from '../../../scripts/lib/repo.ts';
import type { WorkflowFinding } from '../../../scripts/lint-workflows.ts';

const WORKFLOWS = join(ROOT, '.github/workflows');
const WORKFLOW = join(WORKFLOWS, 'pages.yml');
const BROKEN = join(ROOT, 'tests/fixtures/workflows/broken.yml');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { needs?: string | string[]; environment?: { name: string }; steps: Step[] }>;
}

const workflow = parseYaml(readFileSync(WORKFLOW, 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const stepUsing = (action: string) => steps.find((step) => step.uses?.split('@')[0] === action);

test('actionlint finds nothing in the workflows, and does find the mistakes planted in a broken one', async () => {
  // One run over all of them: the broken one proves the linter reads what it is given.
  const workflows = readdirSync(WORKFLOWS).map((name) => join(WORKFLOWS, name));
  assert.ok(workflows.includes(WORKFLOW));
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/lint-workflows.ts', '--json', ...workflows, BROKEN], { cwd: ROOT }).catch(
    (error: { stdout: string; code: number }) => {
      assert.equal(error.code, 1, 'exit 1: findings');
      return error;
    },
  );
  const findings = JSON.parse(stdout) as WorkflowFinding[];
  const inWorkflows = findings.filter((finding) => join(ROOT, finding.file) !== BROKEN);
  assert.deepEqual(inWorkflows, [], inWorkflows.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`).join('\n'));
  assert.deepEqual(
    findings.map((finding) => finding.kind).sort(),
    ['expression', 'job-needs', 'permissions'],
    'a misspelt permission scope, a step output of a step that does not exist, a job that needs a missing job',
  );
});

test('the build runs on the Pages origin and base path, with SITE_URL required, and uploads what it wrote', () => {
  assert.deepEqual(workflow.on.push?.branches, ['main']);
  assert.ok('workflow_dispatch' in workflow.on, 'it can be run by hand');
  const pages = stepUsing('actions/configure-pages');
  assert.ok(pages?.id, 'configure-pages has an id, so later steps can read its outputs');
  const install = steps.find((step) => step.run?.startsWith('npm '));
  assert.match(install?.run ?? '', /^npm ci\b/, 'installs exactly the lockfile');
  const build = steps.find((step) => step.run === 'npm run build');
  assert.deepEqual(build?.env, {
    SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
    BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`,
    SITE_URL_REQUIRED: '1',
  });
  assert.equal(deployFromEnv({ SITE_URL_REQUIRED: String(build?.env?.['SITE_URL_REQUIRED']) }).siteUrlRequired, true);
  assert.equal(String(stepUsing('actions/upload-pages-artifact')?.with?.['path']).replace(/^\.\/|\/$/g, ''), deployFromEnv({}).outDir.replace(/^\.\//, ''));
});

test("configure-pages' outputs become the build's origin and base path: a project site under /<repo>/, a user site at the root", () => {
  // The action's examples: origin "https://octocat.github.io", base_path "/my-repo" or "".
  const project = deployFromEnv({ SITE_URL: 'https://octocat.github.io', BASE_PATH: '/my-repo' });
  assert.deepEqual([project.siteUrl, project.basePath], ['https://octocat.github.io', '/my-repo/']);
  const user = deployFromEnv({ SITE_URL: 'https://octocat.github.io', BASE_PATH: '' });
  assert.deepEqual([user.siteUrl, user.basePath], ['https://octocat.github.io', '/']);
});

test("the workflow's Node is the major of the node devDependency the scripts run on", () => {
  const range = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['node'];
  const nodeVersion = String(stepUsing('actions/setup-node')?.with?.['node-version']);
  assert.equal(nodeVersion, String(semver.minVersion(range ?? '')?.major));
});

test('it may deploy to Pages, one run at a time, never cancelling a deploy halfway', () => {
  assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
  assert.equal(workflow.concurrency['cancel-in-progress'], false);
  const deploy = Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
  assert.equal(deploy?.environment?.name, 'github-pages');
  assert.deepEqual([deploy?.needs].flat(), ['build']);
});
