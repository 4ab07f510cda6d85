/**
 * The `page` every browser test uses: it fails the test on any Content
 * Security Policy violation or uncaught error the page reports, so a script
 * or style that breaks the CSP cannot slip in unnoticed.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      if (/Content.Security.Policy|Refused to (load|execute|apply|frame|connect)/i.test(text)) problems.push(`CSP: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    await use(page);
    expect(problems, 'the page logged CSP violations or errors').toEqual([]);
  },
});

export { expect };
