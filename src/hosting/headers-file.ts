/**
 * `_headers`, the response-header file Netlify and Cloudflare Pages read,
 * made from the headers in src/config/site.ts for the base path being built,
 * so a subpath needs no hand edits.
 */
import { joinBase } from '../lib/base-path.ts';
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from '../config/site.ts';

export type HeaderRules = Array<{ path: string; headers: Record<string, string> }>;

export function headerRules(base: string): HeaderRules {
  return [
    { path: joinBase(base, '*'), headers: { ...SECURITY_HEADERS } },
    { path: joinBase(base, '_astro/*'), headers: { 'Cache-Control': IMMUTABLE_CACHE } },
  ];
}

export function headersFile(base: string): string {
  const blocks = headerRules(base).map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Response headers for Netlify and Cloudflare Pages, written by the build (src/hosting/headers-file.ts).\n${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file back into rules: the format as those hosts parse it. */
export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
