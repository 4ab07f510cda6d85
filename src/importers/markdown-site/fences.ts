/**
 * Listings of a Markdown site: the fence a `{% highlight %}` or
 * `{{< highlight >}}` becomes, and what a fence's language and options must
 * be for the site. The language is the importers' shared rule
 * (../listings.ts: a listing that opens with a prompt is a session), else
 * the one written when the site's Shiki knows it, else `text`. Options the
 * site does not know would fail its build (src/code-block-core/fence-meta.ts): the
 * lines a Jekyll or Hugo listing highlighted (`hl_lines`, `mark_lines`)
 * become the site's marks (`{2,4-5}`); line numbers and the rest are dropped.
 */
import { bundledLanguages } from 'shiki';
import { FenceMetaError, parseFenceMeta } from '../../code-block-core/fence-meta.ts';
import { shikiConfig } from '../../markdown/code-block-pipeline.ts';
import { isTranscript, languageAlias } from '../listings.ts';

/** The languages the site highlights: Shiki's own, the site's (sessions, ovs-vsctl, diagrams…), and plain text. */
const SITE_LANGUAGES = new Set([
  ...Object.keys(bundledLanguages),
  ...(shikiConfig.langs ?? []).flatMap((lang) => (typeof lang === 'string' ? [lang] : [lang.name, ...(lang.aliases ?? [])])),
  'text',
  'txt',
  'plaintext',
  'plain',
]);

/** The fence language of a listing, and the name the site did not know (reported) when it fell back to `text`. */
export function fenceLanguage(named: string | undefined, code: string): { lang: string; unknown?: string } {
  if (isTranscript(code)) return { lang: 'shellsession' };
  const name = named?.trim().toLowerCase() ?? '';
  if (!name) return { lang: '' };
  const alias = languageAlias(name);
  if (alias) return { lang: alias };
  return SITE_LANGUAGES.has(name) ? { lang: name } : { lang: 'text', unknown: named! };
}

/** Line numbers and ranges as Jekyll (`"1 3-4"`) or Hugo (`8 15-17`, `[8,"15-17"]`) write them, as the site's marks (`{1,3-4}`); '' when none. */
export function marksOf(lines: string | undefined): string {
  const ranges = (lines ?? '').match(/\d+(?:\s*-\s*\d+)?/g) ?? [];
  return ranges.length > 0 ? `{${ranges.map((range) => range.replace(/\s+/g, '')).join(',')}}` : '';
}

/** Options of a highlight (`linenos=table,hl_lines=8 15-17`, Hugo's fence attributes `{linenos=true,hl_lines=[2,"4-5"]}`): their marked lines. */
export function highlightOptionMarks(options: string): string {
  const inner = options.trim().replace(/^\{([\s\S]*)\}$/, '$1');
  const lines = /\bhl_lines\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*'|[\d\s,-]+)/.exec(inner)?.[1];
  return marksOf(lines);
}

/** A fence's options as the site may read them: kept when they are the site's, else its marked lines; `dropped` says what was not kept. */
export function siteFenceMeta(meta: string | null | undefined): { meta: string; dropped?: string } {
  const written = meta?.trim() ?? '';
  if (!written) return { meta: '' };
  try {
    parseFenceMeta(written);
    return { meta: written };
  } catch (error) {
    if (!(error instanceof FenceMetaError)) throw error;
  }
  const marks = highlightOptionMarks(written);
  return { meta: marks, dropped: written };
}

/** A fenced listing, its text exactly as given: the fence is longer than any run of backticks that opens a line of it. */
export function fenceText(lang: string, meta: string, code: string, indent = ''): string {
  const runs = [...code.matchAll(/^[ \t]*(`{3,})/gm)].map((match) => match[1]!.length);
  const ticks = '`'.repeat(Math.max(3, ...runs.map((n) => n + 1)));
  const info = `${lang}${meta ? ` ${meta}` : ''}`;
  return `${indent}${ticks}${info}\n${code}\n${indent}${ticks}`;
}
