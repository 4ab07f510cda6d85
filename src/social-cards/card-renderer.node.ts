/**
 * Cards on demand, cached: a card is keyed by a hash of what it shows, the
 * template version and the font, and drawn only when that key is not in the
 * cache directory yet. Drawing happens in worker threads, so the build's main
 * thread goes on rendering pages meanwhile.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TEMPLATE_VERSION, type CardText } from './card-layout.ts';
import { cardFonts } from './card-fonts.node.ts';
import type { DrawReply, DrawRequest } from './card-worker.node.ts';
import { writeFileAtomic } from '../lib/files.node.ts';

export interface RenderStats {
  /** Different cards asked for. */
  cards: number;
  /** Cards drawn (not in the cache). */
  drawn: number;
  /** Time the workers spent drawing, summed over workers, in ms. */
  drawMs: number;
}

export interface CardRenderer {
  /** The path of the card's PNG in the cache, drawn first if it is not there. */
  render(text: CardText): Promise<string>;
  stats(): RenderStats;
  /** Allows more workers, and starts them if cards are waiting: when the pages are done, every core may draw. */
  widen(workers: number): void;
  close(): Promise<void>;
}

export function cardKey(text: CardText): string {
  const inputs = { template: TEMPLATE_VERSION, font: cardFonts().fingerprint, title: text.title, kicker: text.kicker, date: text.date, site: text.site };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

/** One worker fewer than the cores (the main thread has pages to render), at least one. */
const defaultWorkers = () => Math.max(1, availableParallelism() - 1);

export function createCardRenderer({ cacheDir, workers: initialWorkers = defaultWorkers() }: { cacheDir: string; workers?: number }): CardRenderer {
  let workers = initialWorkers;
  mkdirSync(cacheDir, { recursive: true });
  const stats: RenderStats = { cards: 0, drawn: 0, drawMs: 0 };
  const byKey = new Map<string, Promise<string>>();
  const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  const queue: DrawRequest[] = [];
  const idle: Worker[] = [];
  const pool: Worker[] = [];
  let nextId = 0;

  function startWorker(): Worker {
    const worker = new Worker(new URL('./card-worker.node.ts', import.meta.url));
    worker.on('message', (reply: DrawReply) => {
      const job = pending.get(reply.id)!;
      pending.delete(reply.id);
      if ('error' in reply) job.reject(new Error(`social card could not be drawn: ${reply.error}`));
      else {
        stats.drawMs += reply.ms;
        job.resolve(reply.png);
      }
      dispatch(worker);
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    pool.push(worker);
    return worker;
  }

  /** A busy worker keeps the process alive, an idle one does not: a build that fails mid-way still exits. */
  function dispatch(worker: Worker): void {
    const next = queue.shift();
    if (next) {
      worker.ref();
      worker.postMessage(next);
    } else {
      worker.unref();
      idle.push(worker);
    }
  }

  function draw(text: CardText): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      queue.push({ id, text });
      // Workers start on the first card that needs drawing: a rebuild from the cache starts none.
      const worker = idle.pop() ?? (pool.length < workers ? startWorker() : undefined);
      if (worker) dispatch(worker);
    });
  }

  async function renderToCache(text: CardText, file: string): Promise<string> {
    if (existsSync(file)) return file;
    const png = await draw(text);
    stats.drawn++;
    writeFileAtomic(file, png);
    return file;
  }

  return {
    render(text) {
      const key = cardKey(text);
      let file = byKey.get(key);
      if (!file) {
        stats.cards++;
        file = renderToCache(text, join(cacheDir, `${key}.png`));
        byKey.set(key, file);
      }
      return file;
    },
    stats: () => ({ ...stats }),
    widen(count) {
      workers = Math.max(workers, count);
      while (queue.length > 0 && pool.length < workers) dispatch(startWorker());
    },
    async close() {
      await Promise.all(pool.map((worker) => worker.terminate()));
    },
  };
}
