/** The link check in a worker thread (link-check-integration.ts): crawls the output and posts what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { findBrokenReferences } from './crawler.node.ts';

export interface LinkCheckInput {
  outDir: string;
  origin: string;
  base: string;
}

const { outDir, origin, base } = workerData as LinkCheckInput;
parentPort!.postMessage(findBrokenReferences(outDir, origin, base));
