/** Where a build is deployed (src/config/deploy.node.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployFromEnv } from '../../../src/config/deploy.node.ts';
import { DEFAULT_SITE_URL } from '../../../src/config/site.ts';

test('SITE_URL is the origin when given; without it, or empty, the default stands in and the build knows', () => {
  assert.deepEqual(
    [deployFromEnv({ SITE_URL: 'https://me.github.io/' }).siteUrl, deployFromEnv({ SITE_URL: 'https://me.github.io/' }).siteUrlGiven],
    ['https://me.github.io', true],
  );
  for (const env of [{}, { SITE_URL: '' }]) {
    const deploy = deployFromEnv(env);
    assert.equal(deploy.siteUrl, DEFAULT_SITE_URL);
    assert.equal(deploy.siteUrlGiven, false);
  }
});

test('SITE_URL_REQUIRED=1 (or true, yes) asks for SITE_URL; unset, empty or 0 does not', () => {
  for (const value of ['1', 'true', 'YES']) assert.equal(deployFromEnv({ SITE_URL_REQUIRED: value }).siteUrlRequired, true, value);
  for (const value of [undefined, '', '0', 'false']) assert.equal(deployFromEnv({ SITE_URL_REQUIRED: value }).siteUrlRequired, false, String(value));
});
