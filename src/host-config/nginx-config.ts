/**
 * nginx: a `server` block for the built site, made from the host rules
 * (host-rules.ts) for a base path. server-config/nginx/site.conf is this for "/"
 * (`npm run server-config` writes it, `-- --base /blog/` prints another), and
 * tests/build/hosting-servers.test.ts serves the test sites through a real
 * nginx with it, changing only the lines an owner changes (`place`).
 *
 * Three nginx rules shape it:
 * - an `add_header` in a location drops every `add_header` of the server, so
 *   the one location with its own Cache-Control repeats the security headers;
 * - a `types` block replaces mime.types rather than adding to it (and naming
 *   a type mime.types has logs a warning), so the extra types are set per
 *   extension, in regex locations, with an empty `types` and a `default_type`;
 * - a regex location wins over a prefix location, so those are nested in
 *   each prefix location, and the hashed files' location is `^~`.
 * A folder without its slash needs nothing: nginx answers it with a 301 to
 * the slash form, base included (`absolute_redirect off` keeps a proxy's
 * host and port out of it).
 */
import { hostRules } from './host-rules.ts';

/** The lines an owner changes: where the built site is, the port and the host name. */
export interface NginxPlace {
  root: string;
  listen: string;
  serverName: string;
}

export const NGINX_PLACE: NginxPlace = { root: '/srv/field-notes/dist', listen: '80', serverName: 'example.org' };

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** Extensions by type, one regex location each: nginx knows the type only from that location. */
function typeLocations(mimeTypes: Readonly<Record<string, string>>, indent: string): string[] {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(mimeTypes)) byType.set(type, [...(byType.get(type) ?? []), extension]);
  return [...byType].map(
    ([type, extensions]) => `${indent}location ~ \\.(?:${extensions.map((e) => e.replace(/[^\w]/g, '\\$&')).join('|')})$ { types { } default_type ${type}; }`,
  );
}

export function nginxConfig(base: string, place: NginxPlace = NGINX_PLACE): string {
  const rules = hostRules(base);
  const atRoot = rules.base === '/';
  const headers = (indent: string, cache: string) =>
    Object.entries({ ...rules.securityHeaders, 'Cache-Control': cache }).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
  // For "/", the hashed files' location sits beside `location /`; under a base, inside `location <base>`.
  const outer = atRoot ? '    ' : '        ';
  const immutable = rules.immutablePrefixes.flatMap((prefix) => [
    '',
    `${outer}# Hashed file names: cached for good. An add_header here drops the server's, so all are here again.`,
    `${outer}location ^~ ${prefix} {`,
    ...headers(`${outer}    `, rules.immutableCache),
    `${outer}    # The types again: \`^~\` keeps the regex locations outside from this one.`,
    ...typeLocations(rules.mimeTypes, `${outer}    `),
    `${outer}}`,
  ]);
  const types = ["        # Types nginx's mime.types may lack.", ...typeLocations(rules.mimeTypes, '        ')];
  const site = atRoot
    ? ['    location / {', ...types, '    }', ...immutable]
    : [
        `    # The base without its slash.`,
        `    location = ${rules.base.slice(0, -1)} { return 301 ${rules.base}; }`,
        '',
        `    location ${rules.base} {`,
        `        # Yours: the built site (dist/); ${rules.base}x is its file x.`,
        `        alias ${place.root.replace(/\/*$/, '/')};`,
        '',
        ...types,
        ...immutable,
        '    }',
        '',
        `    # Outside ${rules.base}: not this site (the 404 page, until you serve something else here).`,
        '    location / { return 404; }',
      ];
  return [
    `# nginx: the site built with BASE_PATH=${rules.base}. Made from the host rules`,
    `# (src/host-config/host-rules.ts) by \`npm run server-config${atRoot ? '' : ` -- --base ${rules.base}`}\`: regenerate it`,
    '# rather than edit it, but for the lines marked "Yours". Include it inside',
    "# http {} (Debian: /etc/nginx/sites-enabled/), where nginx's mime.types is read.",
    '#',
    "# Old URLs (the build's _redirects) need nothing here: each has a redirect",
    '# page in the build, served as any file is, and /?p=ID is sent on by the',
    "# home page's script.",
    'server {',
    '    # Yours: the port (`listen 443 ssl;` with a certificate) and the host name.',
    `    listen ${place.listen};`,
    `    server_name ${place.serverName};`,
    ...(atRoot ? ['', '    # Yours: the built site (dist/).', `    root ${place.root};`] : []),
    '',
    `    # Redirects say \`Location: ${rules.base}posts/x/\`, without scheme, host or port: right behind a proxy.`,
    '    absolute_redirect off;',
    '',
    '    # A path with no file: the 404 page, with status 404.',
    `    error_page 404 ${rules.notFoundPage};`,
    '',
    "    # Text compressed on the fly (HTML always); Pagefind's files are gzip already.",
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_proxied any;',
    `    gzip_types ${rules.compressTypes.filter((type) => type !== 'text/html').join(' ')};`,
    '',
    '    # Every response, errors and redirects too: the security headers, and',
    '    # revalidation for HTML and every other file without a hash in its name.',
    ...headers('    ', rules.revalidateCache),
    '',
    ...site,
    '}',
    '',
  ].join('\n');
}
