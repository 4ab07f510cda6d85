/** Where a build is deployed (src/config/deploy.node.ts) and what a build says without SITE_URL (src/config/site-url-check.node.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployFromEnv } from '../../../src/config/deploy.node.ts';
import { siteUrlVerdict } from '../../../src/config/site-url-check.node.ts';
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

test('a build without SITE_URL warns in one line naming it, fails when it is required, and says nothing when it is given', () => {
  assert.deepEqual(siteUrlVerdict({ siteUrlGiven: true, siteUrlRequired: true }), { level: 'ok' });
  assert.deepEqual(siteUrlVerdict({ siteUrlGiven: true, siteUrlRequired: false }), { level: 'ok' });
  const warning = siteUrlVerdict({ siteUrlGiven: false, siteUrlRequired: false });
  const error = siteUrlVerdict({ siteUrlGiven: false, siteUrlRequired: true });
  assert.equal(warning.level, 'warn');
  assert.equal(error.level, 'error');
  for (const verdict of [warning, error]) {
    assert.ok('message' in verdict);
    assert.match(verdict.message, /^SITE_URL is not set\b/);
    assert.match(verdict.message, /SITE_URL_REQUIRED=1/);
    assert.ok(verdict.message.includes(DEFAULT_SITE_URL), 'it says where the URLs would point');
    assert.doesNotMatch(verdict.message, /\n/, 'one line of the log');
  }
});
