/**
 * Starts a real nginx or Caddy on built sites, with the configurations of
 * server-config/ as the generators make them (src/host-config/nginx-config.ts,
 * caddy-config.ts), changing only what an owner changes: the site's folder
 * and the port (loopback). Each server runs as this user in a scratch
 * folder (its pid file, logs and temporary files), in the foreground, and
 * resolves once every site answers. tests/build/hosting-servers.test.ts and
 * tests/e2e/real-servers.spec.ts use it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { caddyConfig } from '../../src/host-config/caddy-config.ts';
import { nginxConfig } from '../../src/host-config/nginx-config.ts';

export type HostServerName = 'nginx' | 'caddy';

export interface ServedSite {
  dir: string;
  base: string;
  port: number;
}

export interface RunningHostServer {
  name: HostServerName;
  /** What the server logged so far: its warnings, and why it failed. */
  log: () => string;
  stop: () => Promise<void>;
}

const INSTALL: Record<HostServerName, string> = {
  nginx: 'on Debian/Ubuntu `sudo apt-get install -y nginx` (.ci/run does), elsewhere https://nginx.org/en/docs/install.html; or set NGINX_PATH',
  caddy: 'on Debian/Ubuntu `sudo apt-get install -y caddy` (.ci/run does), elsewhere https://caddyserver.com/docs/install; or set CADDY_PATH',
};

/** The server's executable: NGINX_PATH / CADDY_PATH, else the PATH and the sbin folders a user's PATH may lack. */
export function findHostServer(name: HostServerName): string | undefined {
  const fromEnv = process.env[`${name.toUpperCase()}_PATH`];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  return dirs.map((folder) => join(folder, name)).find((path) => existsSync(path));
}

/** nginx's mime.types, as its own nginx.conf includes it. */
const NGINX_MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'];

/** What /etc/nginx/nginx.conf gives an included site, in the scratch folder, so nginx runs without root and writes nothing outside it. */
function nginxFiles(scratch: string, sites: ServedSite[]): string[] {
  const mimeTypes = NGINX_MIME_TYPES.find((path) => existsSync(path));
  if (!mimeTypes) throw new Error(`nginx: no mime.types in ${NGINX_MIME_TYPES.join(', ')}`);
  copyFileSync(mimeTypes, join(scratch, 'mime.types'));
  sites.forEach(({ dir, base, port }, i) => {
    writeFileSync(join(scratch, `site-${i}.conf`), nginxConfig(base, { root: dir, listen: `127.0.0.1:${port}`, serverName: 'localhost' }));
  });
  const runningAsRoot = process.getuid?.() === 0;
  writeFileSync(
    join(scratch, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // As root, the workers would switch to nobody, who may not be able to read the build.
      ...(runningAsRoot ? ['user root;'] : []),
      `pid ${join(scratch, 'nginx.pid')};`,
      `error_log ${join(scratch, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '    include mime.types;',
      // nginx's built-in default, not the usual nginx.conf's application/octet-stream: Pagefind's types must come from the site's file.
      '    default_type text/plain;',
      '    access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(scratch, kind)};`),
      '    include site-*.conf;',
      '}',
      '',
    ].join('\n'),
  );
  return ['-p', scratch, '-c', join(scratch, 'nginx.conf'), '-e', join(scratch, 'error.log')];
}

function caddyFiles(scratch: string, sites: ServedSite[]): string[] {
  const blocks = sites.map(({ dir, base, port }) => caddyConfig(base, { root: dir, address: `:${port}` }));
  // Global options: no admin endpoint, no certificates, loopback only.
  writeFileSync(join(scratch, 'Caddyfile'), ['{', '\tadmin off', '\tauto_https off', '\tdefault_bind 127.0.0.1', '}', '', ...blocks].join('\n'));
  return ['run', '--config', join(scratch, 'Caddyfile'), '--adapter', 'caddyfile'];
}

async function answers(url: string): Promise<boolean> {
  return fetch(url, { redirect: 'manual' }).then(
    (response) => response.status < 500,
    () => false,
  );
}

export async function startHostServer(name: HostServerName, sites: ServedSite[], timeoutMs = 15_000): Promise<RunningHostServer> {
  const executable = findHostServer(name);
  if (!executable) throw new Error(`${name} is not installed: ${INSTALL[name]}`);
  // Something else answering on a port would pass for this server.
  for (const { base, port } of sites) {
    if (await answers(`http://127.0.0.1:${port}${base}`)) throw new Error(`${name}: port ${port} is taken by another server`);
  }
  const scratch = mkdtempSync(join(tmpdir(), `site-${name}-`));
  const args = name === 'nginx' ? nginxFiles(scratch, sites) : caddyFiles(scratch, sites);
  let output = '';
  const child: ChildProcess = spawn(executable, args, {
    cwd: scratch,
    // Caddy keeps its data and autosaved config under these: in the scratch folder, not the user's home.
    env: { ...process.env, XDG_DATA_HOME: join(scratch, 'data'), XDG_CONFIG_HOME: join(scratch, 'config') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If this process ends without stop() (a crash, a test worker ended), the server goes with it (nginx's master takes its workers).
  const killOnExit = () => {
    child.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  const log = () => {
    const errorLog = join(scratch, 'error.log');
    return output + (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  const waiting = new Set(sites.map(({ base, port }) => `http://127.0.0.1:${port}${base}`));
  while (waiting.size > 0) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      const why = child.exitCode !== null ? `exited with code ${child.exitCode}` : `did not answer at ${[...waiting].join(', ')} within ${timeoutMs} ms`;
      const message = `${name} ${why}:\n${log()}`;
      await stop();
      throw new Error(message);
    }
    for (const url of waiting) if (await answers(url)) waiting.delete(url);
    if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { name, log, stop };
}
