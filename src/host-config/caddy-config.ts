/**
 * Caddy: a Caddyfile site block for the built site, made from the host rules
 * (host-rules.ts) for a base path. server-config/caddy/Caddyfile is this for "/"
 * (`npm run server-config` writes it, `-- --base /blog/` prints another), and
 * tests/build/hosting-servers.test.ts serves the test sites through a real
 * Caddy with it, changing only the lines an owner changes (`place`).
 *
 * What Caddy does on its own and is changed here:
 * - a folder without its slash gets a 308 from file_server: the block sends
 *   the site's 301 first, base and query kept;
 * - Caddy sorts same-named directives (a `header` with a path first, a
 *   `header` without a matcher last, so it would win): each Cache-Control
 *   has its own matcher;
 * - an error page keeps the headers set for the path asked for (a type, the
 *   long cache of `_astro/`): the 404 route sets them again, and compresses
 *   the page itself (the site's `encode` does not reach the error routes);
 * - the redirect's Location is the path as Caddy decoded it (`/café/`, not
 *   `/caf%C3%A9/`; browsers take either): 2.6 has no placeholder for the
 *   escaped path, and the site's folders are plain ASCII;
 * - compression: `encode` takes the host rules' text types, not Caddy's own
 *   list (which changes between versions), so nginx and Caddy compress the same.
 */
import { hostRules } from './host-rules.ts';

/** The lines an owner changes: where the built site is, and the site's address (a host name, or `:80`). */
export interface CaddyPlace {
  root: string;
  address: string;
}

export const CADDY_PLACE: CaddyPlace = { root: '/srv/field-notes/dist', address: 'example.org' };

/** A Caddyfile token: bare when it can be, else quoted ("…", or `…` when it holds a double quote). */
function token(value: string): string {
  if (/^[^\s"'`{}#]+$/.test(value)) return value;
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes('`')) return `\`${value}\``;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

export function caddyConfig(base: string, place: CaddyPlace = CADDY_PLACE): string {
  const rules = hostRules(base);
  const atRoot = rules.base === '/';
  const immutablePaths = rules.immutablePrefixes.map((prefix) => `${prefix}*`).join(' ');
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(rules.mimeTypes)) byType.set(type, [...(byType.get(type) ?? []), extension]);
  const types = [...byType].flatMap(([type, extensions]) => {
    const matcher = `@${type.replace(/^.*\//, '').replace(/[^\w]+/g, '_')}`;
    return [`\t${matcher} path ${extensions.map((extension) => `*.${extension}`).join(' ')}`, `\theader ${matcher} Content-Type ${token(type)}`];
  });
  // Inside handle_path the path has lost its base, so the redirect is made from the path as asked for.
  const folder = (indent: string) => {
    const matcher = (name: string, extra: string[]) => [
      `${indent}@${name} {`,
      `${indent}\tnot path */`,
      `${indent}\tfile {path}/index.html`,
      ...extra.map((line) => `${indent}\t${line}`),
      `${indent}}`,
    ];
    return [
      `${indent}# A folder without its slash: 301 to the slash form, query kept (Caddy's own is a 308).`,
      ...matcher('folderWithQuery', ['expression {query} != ""']),
      `${indent}redir @folderWithQuery {http.request.orig_uri.path}/?{query} 301`,
      ...matcher('folder', []),
      `${indent}redir @folder {http.request.orig_uri.path}/ 301`,
    ];
  };
  const site = atRoot
    ? [...folder('\t'), '\tfile_server']
    : [
        '\t# The base without its slash.',
        `\tredir ${rules.base.slice(0, -1)} ${rules.base} 301`,
        '',
        `\thandle_path ${rules.base}* {`,
        ...folder('\t\t'),
        '\t\tfile_server',
        '\t}',
        '',
        `\t# Outside ${rules.base}: not this site (the 404 page, until you serve something else here).`,
        '\thandle {',
        '\t\terror 404',
        '\t}',
      ];
  return [
    `# Caddy: the site built with BASE_PATH=${rules.base}. Made from the host rules`,
    `# (src/host-config/host-rules.ts) by \`npm run server-config${atRoot ? '' : ` -- --base ${rules.base}`}\`: regenerate it`,
    '# rather than edit it, but for the lines marked "Yours".',
    '#',
    "# Old URLs (the build's _redirects) need nothing here: each has a redirect",
    '# page in the build, served as any file is, and /?p=ID is sent on by the',
    "# home page's script.",
    '',
    '# Yours: the address (a host name, and Caddy gets its certificate; or :80).',
    `${place.address} {`,
    `\t# Yours: the built site (dist/)${atRoot ? '' : `; ${rules.base}x is its file x`}.`,
    `\troot * ${token(place.root)}`,
    '',
    "\t# Text compressed on the fly; Pagefind's files are gzip already.",
    '\tencode gzip {',
    '\t\tmatch {',
    ...rules.compressTypes.map((type) => `\t\t\theader Content-Type ${type}*`),
    '\t\t}',
    '\t}',
    '',
    '\t# Every response: the security headers.',
    '\theader {',
    ...Object.entries(rules.securityHeaders).map(([name, value]) => `\t\t${name} ${token(value)}`),
    '\t}',
    '',
    '\t# Hashed file names: cached for good; every other file is revalidated.',
    `\t@immutable path ${immutablePaths}`,
    `\theader @immutable Cache-Control ${token(rules.immutableCache)}`,
    `\t@revalidate not path ${immutablePaths}`,
    `\theader @revalidate Cache-Control ${token(rules.revalidateCache)}`,
    '',
    "\t# Types Caddy's table may lack.",
    ...types,
    '',
    ...site,
    '',
    '\t# A path with no file: the 404 page, with status 404, and the headers of a page.',
    '\thandle_errors {',
    '\t\t@notFound expression {err.status_code} == 404',
    '\t\thandle @notFound {',
    // Set, not deleted: Caddy defers a deletion to after file_server has typed the page.
    '\t\t\theader Content-Type "text/html; charset=utf-8"',
    `\t\t\theader Cache-Control ${token(rules.revalidateCache)}`,
    // The 404 page's own path, the base taken off: `root` is the built site.
    `\t\t\trewrite * /${rules.notFoundPage.slice(rules.base.length)}`,
    '\t\t\tencode gzip',
    '\t\t\tfile_server',
    '\t\t}',
    '\t}',
    '}',
    '',
  ].join('\n');
}
