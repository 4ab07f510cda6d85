/**
 * The cards' fonts: Inter from @fontsource/inter, read from node_modules (no
 * network). satori reads WOFF, not WOFF2. The fingerprint of the bytes is
 * part of every card's cache key, so a font update redraws the cards.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CardFonts } from './card-layout.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;

export interface LoadedFonts {
  fonts: CardFonts;
  fingerprint: string;
}

let loaded: LoadedFonts | undefined;

export function cardFonts(): LoadedFonts {
  if (loaded) return loaded;
  const hash = createHash('sha256');
  const fonts = WEIGHTS.map((weight) => {
    const data = readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
    hash.update(data);
    return { name: 'Inter', data, weight, style: 'normal' as const };
  });
  loaded = { fonts, fingerprint: hash.digest('hex').slice(0, 16) };
  return loaded;
}
