/** A worker thread that draws cards (card-draw.node.ts) for card-renderer.node.ts. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { drawCard } from './card-draw.node.ts';
import type { CardText } from './card-layout.ts';

export interface DrawRequest {
  id: number;
  text: CardText;
}
export type DrawReply = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

/**
 * resvg's rasters live in native memory that V8 does not count, so V8 sees a
 * small heap and seldom collects it, and each card's raster stays: 3–4 MB a
 * card, 2 GB for 600 (thx/resvg-js#216). A full collection every few cards
 * lets their finalizers free them (they run before the next message, on a
 * later turn of the event loop): memory stays flat at about 100 MB.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const CARDS_BETWEEN_COLLECTIONS = 16;
let drawn = 0;

parentPort?.on('message', async ({ id, text }: DrawRequest) => {
  const started = performance.now();
  try {
    const { png } = await drawCard(text);
    const reply: DrawReply = { id, png, ms: performance.now() - started };
    parentPort!.postMessage(reply);
    if (++drawn % CARDS_BETWEEN_COLLECTIONS === 0) collectGarbage();
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies DrawReply);
  }
});
