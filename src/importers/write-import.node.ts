/**
 * Carries out an import plan on the site (content/, and public/media/ for
 * files served as they are), all or nothing, for every importer:
 * everything is written into a staging folder first, and only when all of it
 * is there are the files moved into place (renames, on the same disk). A
 * failure while staging leaves content/ as it was; a failure while moving
 * puts back what was already moved.
 *
 * Safe to run again: a file that exists with the same bytes is left alone
 * ("unchanged"); one with other bytes is kept and reported, unless `force`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ImportError } from './import-error.ts';
import type { ImportPlan, PlannedPost, RegistryTag } from './import-plan.ts';

export type FileOutcome = 'written' | 'unchanged' | 'kept';

export interface WriteResult {
  /** Per post: what happened to its file (and its media). */
  posts: Map<PlannedPost, FileOutcome>;
  tagsAdded: RegistryTag[];
  /** Media files written into the site (new or changed). */
  filesCopied: number;
}

interface Change {
  /** Relative to the site's root. */
  target: string;
  data: Buffer;
}

const sameBytes = (file: string, data: Buffer) => existsSync(file) && statSync(file).isFile() && readFileSync(file).equals(data);

/** The registry with the new tags appended: the file's own text and comments kept as they are. */
function registryText(current: string, tags: RegistryTag[]): string {
  const q = (text: string) => JSON.stringify(text);
  const added = tags.map((tag) => `- id: ${tag.id}\n  label: ${q(tag.label)}\n  description: ${q(tag.description)}\n`).join('');
  return `${current.replace(/\n*$/, '\n')}${added}`;
}

export function writeImport(root: string, plan: ImportPlan, { force }: { force: boolean }): WriteResult {
  const result: WriteResult = { posts: new Map(), tagsAdded: [], filesCopied: 0 };
  const changes: Change[] = [];
  for (const post of plan.posts) {
    const text = Buffer.from(post.text);
    const file = join(root, post.file);
    const media = post.files.map((file) => ({ target: file.target, data: readFileSync(file.from) }));
    const all = [{ target: post.file, data: text }, ...media];
    if (all.every((change) => sameBytes(join(root, change.target), change.data))) {
      result.posts.set(post, 'unchanged');
      continue;
    }
    if (existsSync(file) && !force && !sameBytes(file, text)) {
      result.posts.set(post, 'kept');
      continue;
    }
    changes.push(...all.filter((change) => !sameBytes(join(root, change.target), change.data)));
    result.filesCopied += media.filter((file) => !sameBytes(join(root, file.target), file.data)).length;
    result.posts.set(post, 'written');
  }
  const registryFile = join(root, 'content/tags.yaml');
  const current = existsSync(registryFile) ? readFileSync(registryFile, 'utf8') : '';
  if (plan.newTags.length > 0) {
    changes.push({ target: 'content/tags.yaml', data: Buffer.from(registryText(current, plan.newTags)) });
    result.tagsAdded = plan.newTags;
  }
  if (changes.length === 0) return result;

  const staging = join(root, 'content', `.import-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [index, change] of changes.entries()) {
      const staged = join(staging, String(index));
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, change.data);
    }
    moveIn(root, staging, changes);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return result;
}

/** Renames each staged file into place, keeping what it replaces until all are in; on a failure, undoes the moves. */
function moveIn(root: string, staging: string, changes: Change[]): void {
  const done: Array<{ target: string; previous: string | undefined }> = [];
  const createdDirs: string[] = [];
  try {
    for (const [index, change] of changes.entries()) {
      const target = join(root, change.target);
      const created = mkdirSync(dirname(target), { recursive: true });
      if (created) createdDirs.push(created);
      let previous: string | undefined;
      if (existsSync(target)) {
        previous = join(staging, `${index}.previous`);
        copyFileSync(target, previous);
      }
      renameSync(join(staging, String(index)), target);
      done.push({ target, previous });
    }
  } catch (error) {
    for (const { target, previous } of done.reverse()) {
      if (previous) renameSync(previous, target);
      else rmSync(target, { force: true });
    }
    // Folders this run made held only files it moved in, now gone again.
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw new ImportError(
      `could not move ${changes[done.length]?.target} into place (${(error as Error).message}); the ${done.length} files moved before it were put back`,
    );
  }
}
