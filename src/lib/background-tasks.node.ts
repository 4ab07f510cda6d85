/**
 * Work that an integration starts at the end of the build and that may run
 * beside the integrations after it: Pagefind indexes in its own process
 * while the last social cards are drawn and placed, and the link check runs
 * in a worker thread beside both. Awaited one after the other, they cost
 * the build their sum; side by side, about the longest.
 *
 * An integration starts its task with `startBackgroundTask()`;
 * `backgroundTasksIntegration()`, last in astro.config.mjs, waits for every
 * task and fails the build with their errors, as if each had been awaited
 * in its own hook.
 */
import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';

const running: { name: string; done: Promise<unknown> }[] = [];

export function startBackgroundTask(name: string, task: () => Promise<unknown>): void {
  const done = task();
  // Failures surface when the build waits for the tasks; this keeps Node from calling them unhandled meanwhile.
  done.catch(() => {});
  running.push({ name, done });
}

/** Runs a module in a worker thread: it gets `input` as workerData and posts one message back, its result. */
export function runInWorker<T>(module: URL, input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: input });
    worker.once('message', (result: T) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${module.pathname} exited (${code}) without a result`)));
  });
}

export function backgroundTasksIntegration(): AstroIntegration {
  return {
    name: 'site:background-tasks',
    hooks: {
      'astro:build:done': async () => {
        const tasks = running.splice(0);
        const results = await Promise.allSettled(tasks.map((task) => task.done));
        const errors = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as Error] : []));
        if (errors.length === 1) throw errors[0];
        if (errors.length > 1) throw new AggregateError(errors, errors.map((error) => error.message).join('\n'));
      },
    },
  };
}
