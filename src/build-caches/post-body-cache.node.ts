/**
 * A build cache for what the site reads from each post's body (listings,
 * images, words: src/post-body/post-body.ts). Parsing 1,000 bodies takes
 * a second or two of every build, and a body's analysis changes only when its
 * file does: entries are keyed by Astro's content digest of the file, and
 * the whole cache by the site's code (source-fingerprint.node.ts).
 *
 * The store is handed over to the pages (post-bodies.ts). Builds only.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PostBody } from '../post-body/post-body.ts';
import { postBodyStoreHandover } from './post-bodies.ts';
import { sourceFingerprint } from './source-fingerprint.node.ts';
import { writeFileAtomic } from '../lib/files.node.ts';

interface StoredBodies {
  fingerprint: string;
  bodies: Record<string, PostBody>;
}

function read(file: string, fingerprint: string): Map<string, PostBody> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredBodies;
    return new Map(stored.fingerprint === fingerprint ? Object.entries(stored.bodies) : []);
  } catch {
    return new Map();
  }
}

export function postBodyCacheIntegration(): AstroIntegration {
  let file = '';
  let root = '';
  let build: { fingerprint: string; known: Map<string, PostBody>; used: Map<string, PostBody>; hits: number } | undefined;
  return {
    name: 'site:post-body-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = join(fileURLToPath(config.cacheDir), 'post-bodies.json');
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        const fingerprint = sourceFingerprint(root);
        const state = { fingerprint, known: read(file, fingerprint), used: new Map<string, PostBody>(), hits: 0 };
        build = state;
        postBodyStoreHandover.open({
          get(key) {
            const body = state.known.get(key);
            if (body) {
              state.hits++;
              state.used.set(key, body);
            }
            return body;
          },
          set(key, body) {
            state.used.set(key, body);
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        postBodyStoreHandover.close();
        if (!build) return;
        // Only this build's bodies are kept: a deleted or edited post's old entry goes.
        const stored: StoredBodies = { fingerprint: build.fingerprint, bodies: Object.fromEntries(build.used) };
        mkdirSync(dirname(file), { recursive: true });
        writeFileAtomic(file, JSON.stringify(stored));
        logger.info(`${build.hits} post bodies from the cache, ${build.used.size - build.hits} read`);
        build = undefined;
      },
    },
  };
}
