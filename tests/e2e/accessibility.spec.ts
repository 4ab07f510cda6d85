import { test } from './support/strict-page.ts';
import { COLOUR_RULES, expectAccessibleInBothSchemes, expectNoAxeViolations } from './support/axe.ts';
import { pageTypes } from './support/site-pages.ts';

// One page visits every page type in turn, a step each (a new browser context per page costs more than
// the check); the checks are soft, so a violation on one page does not hide those of the next.
test('axe finds no violations on any page type, light and dark', async ({ page }) => {
  test.slow(); // thirteen pages, each checked twice
  for (const [kind, path] of Object.entries(pageTypes)) {
    await test.step(`the ${kind} page (${path})`, async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expectAccessibleInBothSchemes(page, { soft: true });
    });
  }
});

test('the theme the reader picked is the one axe checks too', async ({ page }) => {
  const theme = page.getByRole('group', { name: 'Theme' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(pageTypes.post);
  await test.step('Dark chosen on a light OS', async () => {
    await theme.getByRole('radio', { name: 'Dark' }).check();
    await expectNoAxeViolations(page, COLOUR_RULES);
  });
  await test.step('Light chosen on a dark OS', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await theme.getByRole('radio', { name: 'Light' }).check();
    await expectNoAxeViolations(page, COLOUR_RULES);
  });
});
