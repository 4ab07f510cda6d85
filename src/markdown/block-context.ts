/** Per-code-block facts shared by the transformers, kept on Shiki's per-block `meta` object. */
import type { ShikiTransformerContextCommon } from 'shiki';
import { parseFenceMeta, type FenceMeta } from './fence-meta.ts';
import type { Session } from './shell-session.ts';

interface BlockFacts {
  fence?: FenceMeta;
  /** The fence's language as written (sessions are tokenised as text, then rebuilt). */
  lang?: string;
  session?: Session;
  /** Line indexes (0-based) that are author annotations, not listing text. */
  notes?: Set<number>;
}

const KEY = Symbol('site-code-block');

export function blockFacts(context: ShikiTransformerContextCommon): BlockFacts {
  const meta = context.meta as Record<symbol, BlockFacts>;
  meta[KEY] ??= {};
  return meta[KEY];
}

export function fenceMetaOf(context: ShikiTransformerContextCommon): FenceMeta {
  const facts = blockFacts(context);
  facts.fence ??= parseFenceMeta(context.options.meta?.__raw);
  return facts.fence;
}

export const SESSION_LANGS = new Set(['shellsession', 'console', 'shell-session', 'terminal']);
