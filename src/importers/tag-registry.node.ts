/**
 * The site's tag registry (content/tags.yaml) as an import sees it, for
 * every importer: an old blog's tag or category is matched by id or by any
 * spelling of a label the registry has ("Open VSwitch" is `open-vswitch`),
 * and one it lacks becomes a new tag, added once, with its label. The
 * writer (write-import.node.ts) appends the new tags to the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { toSlug } from '../lib/slug.ts';
import type { RegistryTag } from './import-plan.ts';

export class TagRegistry {
  /** Tags the registry lacked, in the order the posts first used them. */
  readonly newTags: RegistryTag[] = [];
  readonly #known = new Map<string, string>();

  constructor(root: string) {
    const file = join(root, 'content/tags.yaml');
    const registry = existsSync(file) ? ((parseYaml(readFileSync(file, 'utf8')) as RegistryTag[] | null) ?? []) : [];
    for (const tag of registry) {
      this.#known.set(tag.id, tag.id);
      this.#known.set(toSlug(tag.label), tag.id);
    }
  }

  /** The registry's id for a label (undefined when it has no letters or digits); `description` says what a new one is about. */
  idFor(label: string, description: (id: string) => string, fallbackId = ''): string | undefined {
    const id = toSlug(label) || toSlug(fallbackId);
    if (!id) return undefined;
    if (!this.#known.has(id)) {
      this.#known.set(id, id);
      this.newTags.push({ id, label, description: description(id) });
    }
    return this.#known.get(id);
  }
}
