import { test } from './support/strict-page.ts';
import { COLOUR_RULES, expectAccessibleInBothSchemes, expectNoAxeViolations } from './support/axe.ts';
import { pageTypes } from './support/site-pages.ts';

for (const [kind, path] of Object.entries(pageTypes)) {
  test(`axe finds no violations on the ${kind} page (${path}), light and dark`, async ({ page }) => {
    test.slow(); // axe's contrast check walks every code token
    await page.goto(path);
    await expectAccessibleInBothSchemes(page);
  });
}

test('the theme the reader picked is the one axe checks too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(pageTypes.post);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expectNoAxeViolations(page, COLOUR_RULES);
});
