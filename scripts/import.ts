#!/usr/bin/env node
/**
 * Brings a blog across: `npm run import -- <export.xml>` reads a WordPress
 * export (WXR, Tools → Export) and writes each post as
 * content/posts/<slug>.mdx that the site's build accepts as it is, with its
 * media, its tags in the registry, and its old URLs in `redirectFrom`.
 * `npm run import -- <folder>` does the same for a Jekyll or Hugo site (its
 * root, its `_posts/` or its `content/` folder): each post as
 * content/posts/<slug>.md, Markdown kept Markdown, its files copied from
 * the folder.
 *
 *   npm run import -- <export.xml> [--uploads <wp-content/uploads>] [--no-download]
 *                     [--media-from <url>] [--dry-run] [--force]
 *   npm run import -- <folder> [--dry-run] [--force]
 *
 * WordPress media are downloaded from the old site (or `--media-from`, a
 * copy of it) unless `--uploads` has them or `--no-download` is given;
 * downloads are kept in .import-cache/, so a second run fetches nothing.
 * Shows progress, then the report (src/importers/import-report.ts). Writes
 * all or nothing; a second run of the same export or folder changes
 * nothing. The importers themselves are src/importers/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/repo.ts';
import { ImportError } from '../src/importers/import-error.ts';
import { importReport } from '../src/importers/import-report.ts';
import { writeImport } from '../src/importers/write-import.node.ts';
import { planSiteImport } from '../src/importers/markdown-site/import-plan.node.ts';
import { readMarkdownSite } from '../src/importers/markdown-site/read-site.node.ts';
import { importWordPress } from '../src/importers/wordpress/import-plan.node.ts';
import { parseWxr } from '../src/importers/wordpress/wxr.ts';

const USAGE =
  'usage: npm run import -- <export.xml> [--uploads <wp-content/uploads>] [--no-download] [--media-from <url>] [--dry-run] [--force], or npm run import -- <Jekyll or Hugo site folder> [--dry-run] [--force]';
const EXPECTED = 'expected a WordPress export (the .xml file of Tools → Export), or the folder of a Jekyll or Hugo site';

/** One progress line: rewritten in place on a terminal, every tenth of the way in a log. */
function progressLine(label: string): (done: number, total: number, extra?: string) => void {
  const interactive = process.stderr.isTTY;
  let shown = -1;
  return (done, total, extra = '') => {
    const line = `[import] ${label} ${done}/${total}${extra}`;
    if (interactive) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (Math.floor((done * 10) / total) !== shown || done === total) {
      shown = Math.floor((done * 10) / total);
      process.stderr.write(`${line}\n`);
    }
  };
}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      allowNegative: true,
      options: {
        uploads: { type: 'string' },
        download: { type: 'boolean' },
        'media-from': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        /** Another checkout of the site (the tests import into a copy). */
        root: { type: 'string', default: ROOT },
      },
    });
  } catch (error) {
    throw new ImportError(`${(error as Error).message}; ${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new ImportError(USAGE, 2);
  if (!existsSync(source)) throw new ImportError(`${source}: no such file; ${EXPECTED}`, 2);
  const folder = statSync(source).isDirectory();
  if (folder) {
    // A site's folder has its files on disk: the WordPress options have nothing to say.
    const given = (['uploads', 'download', 'media-from'] as const).filter((name) => values[name] !== undefined);
    if (given.length > 0)
      throw new ImportError(
        `--${given[0] === 'download' ? 'no-download' : given[0]} is for a WordPress export; ${source} is a folder, whose files are on disk`,
        2,
      );
  }
  const uploadsDir = values.uploads ? resolve(values.uploads) : undefined;
  if (uploadsDir && !(existsSync(uploadsDir) && statSync(uploadsDir).isDirectory())) throw new ImportError(`--uploads ${values.uploads}: not a folder`, 2);
  const mediaFrom = values['media-from'];
  if (mediaFrom && !URL.canParse(mediaFrom)) throw new ImportError(`--media-from ${mediaFrom}: not an address (https://…)`, 2);
  return { source, folder, uploadsDir, mediaFrom, ...values, download: values.download ?? true };
}

/** A Jekyll or Hugo site's folder: read, planned, written. */
function importFolder(args: ReturnType<typeof readArguments>, started: number): void {
  const site = readMarkdownSite(args.source, args.root);
  const posts = progressLine('posts converted');
  const plan = planSiteImport(site, { root: args.root, onProgress: (done, total) => total >= 100 && posts(done, total) });
  const written = args['dry-run'] ? undefined : writeImport(args.root, plan, { force: args.force });
  console.log(importReport(plan, written, { dryRun: args['dry-run'] }));
  console.log(`${args.source}: a ${site.kind} site, ${site.posts.length} posts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

async function main(): Promise<void> {
  const args = readArguments();
  const started = performance.now();
  if (args.folder) return importFolder(args, started);
  let wxr;
  try {
    wxr = parseWxr(readFileSync(args.source, 'utf8'));
  } catch (error) {
    // What was given is not an export: the argument is wrong, not the export.
    if (error instanceof ImportError) throw new ImportError(`${args.source}: ${error.message}`, 2);
    throw error;
  }
  const posts = progressLine('posts converted');
  const media = progressLine('media downloaded');
  const plan = await importWordPress(wxr, {
    root: args.root,
    uploadsDir: args.uploadsDir,
    mediaFrom: args.mediaFrom,
    download: args.download,
    cacheDir: join(args.root, '.import-cache/media'),
    onMediaProgress: ({ done, total, failed }) => media(done, total, failed > 0 ? ` (${failed} not found)` : ''),
    onProgress: (done, total) => total >= 100 && posts(done, total),
  });
  const written = args['dry-run'] ? undefined : writeImport(args.root, plan, { force: args.force });
  console.log(importReport(plan, written, { dryRun: args['dry-run'] }));
  console.log(`${args.source}: ${wxr.items.length} items in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`import: ${error.message}. Nothing was written.`);
  process.exit(error.exitCode);
}
