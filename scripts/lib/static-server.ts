/**
 * Starts scripts/serve.ts on a built site for the measuring scripts, and
 * resolves once it answers: it waits for the server, not for a fixed time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './repo.ts';

export interface RunningServer {
  origin: string;
  stop: () => void;
}

export async function startStaticServer(options: { dir: string; port: number; base?: string; timeoutMs?: number }): Promise<RunningServer> {
  const { dir, port, base = '/', timeoutMs = 15_000 } = options;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/serve.ts'), '--dir', dir, '--port', String(port), '--base', base], {
    stdio: 'ignore',
  });
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the static server exited with code ${child.exitCode}`);
    const answered = await fetch(`${origin}${base}`).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) return { origin, stop: () => child.kill() };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  throw new Error(`the static server did not answer at ${origin}${base} within ${timeoutMs} ms`);
}
