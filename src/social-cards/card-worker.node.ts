/**
 * A worker thread that draws cards (card-draw.node.ts) for
 * card-renderer.node.ts, at the lowest CPU priority: cards take only the
 * time the build leaves idle, rather than slowing the pages down.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { drawCard } from './card-draw.node.ts';
import type { CardText } from './card-layout.ts';

export interface DrawRequest {
  id: number;
  text: CardText;
}
export type DrawReply = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

// On Linux a priority set with pid 0 is the calling thread's alone; elsewhere it would slow the whole build, so only there.
if (process.platform === 'linux') setPriority(19);

parentPort?.on('message', async ({ id, text }: DrawRequest) => {
  const started = performance.now();
  try {
    const { png } = await drawCard(text);
    const reply: DrawReply = { id, png, ms: performance.now() - started };
    parentPort!.postMessage(reply);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies DrawReply);
  }
});
