/** The "Reply by email" link (src/author/reply-by-email.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replyByEmailHref } from '../../../src/author/reply-by-email.ts';

test('"Reply by email" writes to the author with the post’s title as the subject, and is absent without an address', () => {
  assert.equal(replyByEmailHref('ada@example.org', 'Trunk ports on bond0'), 'mailto:ada@example.org?subject=Re%3A%20Trunk%20ports%20on%20bond0');
  assert.equal(
    replyByEmailHref('ada@example.org', 'VLANs & bonds: 50% off?'),
    'mailto:ada@example.org?subject=Re%3A%20VLANs%20%26%20bonds%3A%2050%25%20off%3F',
  );
  assert.equal(replyByEmailHref(undefined, 'Trunk ports on bond0'), undefined);
  assert.equal(replyByEmailHref('', 'Trunk ports on bond0'), undefined);
});
