#!/usr/bin/env node
/**
 * Brings a WordPress blog across: reads its export (WXR, Tools → Export in
 * WordPress) and writes each post as content/posts/<slug>.mdx that the
 * site's schema accepts as it is, with its images beside it, its tags in the
 * registry, and its old URLs in `redirectFrom`.
 *
 *   npm run import -- <export.xml> [--uploads <wp-content/uploads>] [--dry-run] [--force]
 *
 * Prints a progress line on long exports, then the report (scripts/wordpress/report.ts).
 * Writes all or nothing (scripts/wordpress/write-import.ts); a second run of
 * the same export changes nothing. The modules of scripts/wordpress/, in the
 * order they act: wxr (read the XML), import-plan (what each item becomes),
 * wordpress-html (shortcodes, wpautop, auto-embeds: the HTML readers saw), body
 * (HTML to MDX, with listings and media), write-import, report.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/repo.ts';
import { planImport } from './wordpress/import-plan.ts';
import { importReport } from './wordpress/report.ts';
import { writeImport } from './wordpress/write-import.ts';
import { ImportError } from './wordpress/import-error.ts';
import { parseWxr } from './wordpress/wxr.ts';

const USAGE = 'usage: npm run import -- <export.xml> [--uploads <wp-content/uploads>] [--dry-run] [--force]';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      uploads: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      /** Another checkout of the site (the tests import into a copy). */
      root: { type: 'string', default: ROOT },
    },
  });
  const [exportFile] = positionals;
  if (!exportFile || positionals.length > 1) throw new ImportError(USAGE);
  if (!existsSync(exportFile)) throw new ImportError(`${exportFile}: no such file`);
  const uploadsDir = values.uploads ? resolve(values.uploads) : undefined;
  if (uploadsDir && !(existsSync(uploadsDir) && statSync(uploadsDir).isDirectory())) throw new ImportError(`--uploads ${values.uploads}: not a folder`);

  const started = performance.now();
  const wxr = parseWxr(readFileSync(exportFile, 'utf8'));
  const interactive = process.stderr.isTTY;
  const plan = planImport(wxr, {
    root: values.root,
    uploadsDir,
    onProgress: (done, total) => {
      if (total < 100) return;
      if (interactive) process.stderr.write(`\r[import] ${done}/${total} posts converted`);
      else if (done % 100 === 0 || done === total) process.stderr.write(`[import] ${done}/${total} posts converted\n`);
      if (interactive && done === total) process.stderr.write('\n');
    },
  });
  const written = values['dry-run'] ? undefined : writeImport(values.root, plan, { force: values.force });
  console.log(importReport(plan, written, { dryRun: values['dry-run'] }));
  console.log(`\n${exportFile}: ${wxr.items.length} items in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`import: ${error.message}\nNothing was written.`);
  process.exit(1);
}
