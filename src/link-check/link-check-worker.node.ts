/** The link check in a worker thread (link-check-integration.ts): crawls the output and posts how many links it checked and the report's lines. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { findBrokenReferences } from './crawler.node.ts';
import { brokenLinkReport } from './broken-link-report.ts';
import { openPageLinksCache } from './page-links-cache.node.ts';

export interface LinkCheckInput {
  outDir: string;
  origin: string;
  base: string;
  /** The project's root: post source files are named from it. */
  root: string;
  /** Each post page's URL path (base included) and its source file (post-source-handover.ts). */
  postSources: Map<string, string>;
  /** Where the pages' readings are kept between builds (page-links-cache.node.ts). */
  cacheFile: string;
}

export interface LinkCheckResult {
  checked: number;
  /** Pages parsed in this build, and pages whose reading was kept from the last. */
  pages: { read: number; kept: number };
  /** One line per broken link (broken-link-report.ts); none when every link leads somewhere. */
  report: string[];
}

function readSource(root: string, file: string): string | undefined {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined; // the report names the file without a line
  }
}

const { outDir, origin, base, root, postSources, cacheFile } = workerData as LinkCheckInput;
const cache = openPageLinksCache(cacheFile);
const { checked, broken } = findBrokenReferences(outDir, origin, base, postSources, (html) => cache.read(html));
cache.save();
const result: LinkCheckResult = { checked, pages: cache.stats(), report: brokenLinkReport(broken, base, (file) => readSource(root, file)) };
parentPort!.postMessage(result);
