/**
 * Which kind of site a folder is, and its reader: a Jekyll site has a
 * `_config.yml` (or `.yaml`, `.toml`) or a `_posts/` folder; a Hugo site a
 * `hugo.toml`, `config.toml` (or their YAML and JSON forms, or
 * `config/_default/`), or a `content/` folder. The folder may be the site's
 * root, or its `_posts/` or `content/` folder. Anything else is a wrong
 * argument (ImportError, exit code 2).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readHugoSite, HUGO_CONFIGS } from '../hugo/hugo-site.node.ts';
import { ImportError } from '../import-error.ts';
import { JEKYLL_CONFIGS, readJekyllSite } from '../jekyll/jekyll-site.node.ts';
import type { MarkdownSite } from './site.ts';

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const isJekyll = (dir: string) => JEKYLL_CONFIGS.some((name) => existsSync(join(dir, name))) || isDir(join(dir, '_posts'));
const hasHugoConfig = (dir: string) => HUGO_CONFIGS.some((name) => existsSync(join(dir, name))) || isDir(join(dir, 'config/_default'));

/** The kind of site at `folder` and its root, or undefined when it is neither. */
export function siteKindOf(folder: string): { kind: 'Jekyll' | 'Hugo'; root: string } | undefined {
  const dir = resolve(folder);
  if (basename(dir) === '_posts') {
    // A category's `_posts/` (`networking/_posts/`) is in the site too: its root is the folder above with the config.
    let up = dirname(dir);
    for (let level = 0; level < 3 && up !== dirname(up); level++, up = dirname(up)) {
      if (JEKYLL_CONFIGS.some((name) => existsSync(join(up, name)))) return { kind: 'Jekyll', root: up };
    }
    return { kind: 'Jekyll', root: dirname(dir) };
  }
  if (isJekyll(dir)) return { kind: 'Jekyll', root: dir };
  if (hasHugoConfig(dir) || isDir(join(dir, 'content'))) return { kind: 'Hugo', root: dir };
  if (basename(dir) === 'content') return { kind: 'Hugo', root: dirname(dir) };
  return undefined;
}

export const NEITHER =
  'not a Jekyll site (no _config.yml or _posts/) nor a Hugo site (no hugo.toml, config.toml or content/); expected a WordPress export (the .xml file of Tools → Export), or the folder of a Jekyll or Hugo site';

/** The site at `folder`, read. `siteRoot` is the site importing it: its own folders are no site to import. */
export function readMarkdownSite(folder: string, siteRoot: string): MarkdownSite {
  const found = siteKindOf(folder);
  if (!found) throw new ImportError(`${folder} is a folder, but ${NEITHER}`, 2);
  const own = resolve(siteRoot);
  if (found.root === own || [join(own, 'content'), join(own, 'public')].some((dir) => resolve(folder).startsWith(dir))) {
    throw new ImportError(`${folder} is this site's own folder; expected the folder of a Jekyll or Hugo site`, 2);
  }
  return found.kind === 'Jekyll' ? readJekyllSite(found.root) : readHugoSite(found.root);
}
