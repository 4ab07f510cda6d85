/**
 * server-config/nginx/site.conf and server-config/caddy/Caddyfile are what the
 * generators make from the host rules now, so they cannot drift from what
 * tests/build/hosting-servers.test.ts proves through the real servers; and
 * the generators carry every rule, for "/" and under a base.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/repo.ts';
import { caddyConfig } from '../../../src/host-config/caddy-config.ts';
import { hostRules } from '../../../src/host-config/host-rules.ts';
import { nginxConfig } from '../../../src/host-config/nginx-config.ts';
import { serverFiles } from '../../../src/host-config/server-files.ts';

test('the checked-in server files are what `npm run server-config` writes now', () => {
  for (const [name, text] of Object.entries(serverFiles('/'))) {
    assert.equal(
      readFileSync(join(ROOT, 'server-config', name), 'utf8'),
      text,
      `server-config/${name} differs from its generator: run \`npm run server-config\``,
    );
  }
});

test('each configuration carries every header value, cache, type and the 404 page of the host rules, for its base', () => {
  for (const base of ['/', '/blog/']) {
    const rules = hostRules(base);
    for (const [name, config] of [
      ['nginx', nginxConfig(base)],
      ['caddy', caddyConfig(base)],
    ] as const) {
      const unquoted = config.replaceAll('\\"', '"');
      for (const value of [...Object.values(rules.securityHeaders), rules.immutableCache, rules.revalidateCache, ...Object.values(rules.mimeTypes)]) {
        assert.ok(unquoted.includes(value), `${name} ${base}: ${value}`);
      }
      for (const extension of Object.keys(rules.mimeTypes)) assert.ok(config.includes(extension), `${name} ${base}: .${extension}`);
      for (const prefix of rules.immutablePrefixes) assert.ok(config.includes(prefix), `${name} ${base}: ${prefix}`);
      assert.ok(
        config.includes(name === 'nginx' ? rules.notFoundPage : `rewrite * /${rules.notFoundPage.slice(rules.base.length)}`),
        `${name} ${base}: 404 page`,
      );
    }
  }
});

test('an owner changes the root and the address, and nothing else moves', () => {
  const place = { root: '/var/www/notes', listen: '8080', serverName: 'notes.example.org' };
  const nginx = nginxConfig('/blog/', place);
  assert.match(nginx, /^ {8}alias \/var\/www\/notes\/;$/m);
  assert.match(nginx, /^ {4}listen 8080;$/m);
  assert.equal(nginx.split('\n').length, nginxConfig('/blog/').split('\n').length);
  assert.match(nginxConfig('/', place), /^ {4}root \/var\/www\/notes;$/m);
  const caddy = caddyConfig('/', { root: '/var/www/my notes', address: ':8080' });
  assert.match(caddy, /^\troot \* "\/var\/www\/my notes"$/m);
  assert.match(caddy, /^:8080 \{$/m);
});
