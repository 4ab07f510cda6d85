/** What a build says without SITE_URL (src/config/site-url-check.node.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteUrlVerdict } from '../../../src/config/site-url-check.node.ts';
import { DEFAULT_SITE_URL } from '../../../src/config/site.ts';

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
