/**
 * `_headers`, the response-header file Netlify and Cloudflare Pages read,
 * made from the host rules (host-rules.ts) for the base path being built,
 * so a subpath needs no hand edits. Those hosts already revalidate HTML and
 * know the MIME types; they need the security headers and the long cache.
 */
import { hostRules } from './host-rules.ts';

export type HeaderRules = Array<{ path: string; headers: Record<string, string> }>;

export function headerRules(base: string): HeaderRules {
  const rules = hostRules(base);
  return [
    { path: `${rules.base}*`, headers: { ...rules.securityHeaders } },
    ...rules.immutablePrefixes.map((prefix) => ({ path: `${prefix}*`, headers: { 'Cache-Control': rules.immutableCache } })),
  ];
}

export function headersFile(base: string): string {
  const blocks = headerRules(base).map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Response headers for Netlify and Cloudflare Pages, written by the build (src/host-config/headers-file.ts).\n${blocks.join('\n\n')}\n`;
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
