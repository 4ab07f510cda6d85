/**
 * package-lock.json agrees with package.json, so `npm ci` (CI, the Pages
 * workflow) installs instead of refusing, and it lists every platform's
 * optional binaries, so `npm ci` works on a Mac or Windows too: npm run on one
 * platform can drop the others' entries, and then `npm ci` elsewhere installs
 * no binary for esbuild, Rollup or Astro's compiler.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { ROOT } from '../../../scripts/lib/repo.ts';

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface LockEntry extends Partial<Manifest> {
  os?: string[];
  cpu?: string[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  name: string;
  version: string;
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};
const root = lock.packages[''];

/** Where Node would find `name` from the package at `from` ("" for the project): its own node_modules, then each parent's. */
function resolve(name: string, from: string): LockEntry | undefined {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const entry = lock.packages[dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`];
    if (entry || dir === '') return entry;
  }
}

test('the lockfile is for this package.json: same name and version, every dependency with the same range', () => {
  assert.ok(lock.lockfileVersion >= 3, 'npm 9 or later');
  assert.ok(root);
  assert.deepEqual([lock.name, lock.version, root.name, root.version], [manifest.name, manifest.version, manifest.name, manifest.version]);
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    assert.deepEqual(root[field] ?? {}, manifest[field] ?? {}, `${field}: package.json changed without npm install`);
  }
});

test("every dependency is locked at a version its range allows, where the project's require finds it", () => {
  const ranges = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies };
  assert.ok(Object.keys(ranges).length > 0);
  for (const [name, range] of Object.entries(ranges)) {
    const locked = lock.packages[`node_modules/${name}`];
    assert.ok(locked?.version, `${name} is not in the lockfile: run npm install`);
    assert.ok(semver.satisfies(locked.version, range), `${name}@${locked.version} is locked, package.json asks for ${range}: run npm install`);
  }
});

test("the lockfile lists other platforms' binaries: every optional dependency of every package is in it", () => {
  const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !resolve(name, path))
      .map((name) => `${path || 'the project'} -> ${name}`),
  );
  assert.deepEqual(missing, [], 'npm dropped these; delete node_modules and package-lock.json, then npm install');
  for (const name of ['@astrojs/compiler-binding-darwin-arm64', '@rolldown/binding-darwin-arm64', '@esbuild/darwin-arm64', '@esbuild/win32-x64']) {
    assert.ok(lock.packages[`node_modules/${name}`], `${name}: a Mac or Windows machine needs it`);
  }
  const platforms = new Set(Object.values(lock.packages).flatMap((entry) => entry.os ?? []));
  for (const os of ['darwin', 'linux', 'win32']) assert.ok(platforms.has(os), os);
});
