/**
 * The shape of src/, read from its imports: the folders stand in layers (no
 * folder imports one that imports it back, so no import runs back up a
 * layer), no module is in an import circle, the code-block pipeline's
 * plugins import only its core, and one module alone reaches globalThis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => relative(SRC, path));
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Each module's imports of other modules of src/ (type imports included: they are a dependency too). */
const imports = new Map(
  files.map((file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].map((match) => relative(SRC, resolve(dirname(join(SRC, file)), match[1]!)));
    return [file, targets.filter((target) => !target.startsWith('..'))];
  }),
);

/** src/a/b.ts → "a"; a file at the top of src/ is its own folder. */
const folderOf = (file: string) => file.split('/')[0]!;

function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of imports) {
    for (const target of targets) {
      if (folderOf(target) === folderOf(file)) continue;
      edges.set(folderOf(file), (edges.get(folderOf(file)) ?? new Set()).add(folderOf(target)));
    }
  }
  return edges;
}

/** The circles of a graph, each as a path that ends where it starts (one per strongly connected part). */
function circles(edges: Map<string, Iterable<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (node: string, path: string[]): void => {
    const at = path.indexOf(node);
    if (at !== -1) {
      found.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of edges.get(node) ?? []) walk(next, [...path, node]);
    done.add(node);
  };
  for (const node of edges.keys()) walk(node, []);
  return found;
}

test('the folders of src/ stand in layers: no folder imports one that imports it back', () => {
  const edges = folderImports();
  const why = (from: string, to: string) =>
    [...imports].flatMap(([file, targets]) => (folderOf(file) === from ? targets.filter((t) => folderOf(t) === to).map((t) => `${file} → ${t}`) : []));
  const found = circles(edges).map((circle) =>
    circle
      .slice(1)
      .map((to, i) => why(circle[i]!, to).join(', '))
      .join('; '),
  );
  assert.deepEqual(found, []);
});

test('no module of src/ is in an import circle', () => {
  assert.deepEqual(
    circles(imports).map((circle) => circle.join(' → ')),
    [],
  );
});

/** The code-block pipeline (src/markdown/code-block-pipeline.ts): its core, and the plugins it composes. */
const CORE = 'code-block-core';
const PLUGINS = ['listings', 'diagrams', 'network-names'];

test('the code-block core imports nothing of the site but src/lib/', () => {
  const edges = folderImports();
  assert.deepEqual(
    [...(edges.get(CORE) ?? [])].filter((folder) => folder !== 'lib'),
    [],
  );
});

test('no plugin of the code-block pipeline imports another', () => {
  const edges = folderImports();
  for (const plugin of PLUGINS) {
    assert.deepEqual(
      [...(edges.get(plugin) ?? [])].filter((folder) => PLUGINS.includes(folder)),
      [],
      `src/${plugin}/ imports another plugin`,
    );
  }
});

test('one composition root puts the transformers together: src/markdown/code-block-pipeline.ts', () => {
  const isTransformer = (file: string) => PLUGINS.includes(folderOf(file)) && /transformer/.test(file);
  const composers = [...imports]
    .filter(([file, targets]) => targets.some((target) => isTransformer(target) && folderOf(target) !== folderOf(file)))
    .map(([file]) => file);
  assert.deepEqual(composers, ['markdown/code-block-pipeline.ts']);
});

test('one module reaches globalThis: the build hand-over', () => {
  const users = files.filter((file) => /\bglobalThis\b/.test(readFileSync(join(SRC, file), 'utf8')));
  assert.deepEqual(users, ['lib/build-handover.ts']);
});
