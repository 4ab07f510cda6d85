import { test } from './support/strict-page.ts';
import { COLOUR_RULES, expectAccessibleInBothSchemes, expectNoAxeViolations } from './support/axe.ts';
import { pageTypes } from './support/site-pages.ts';

// The page types in three groups, each test one page visiting its group in turn, a step each (a new browser
// context per page costs more than the check): three tests the two workers share, where one long test held
// one worker for most of the run. The checks are soft, so a violation on one page does not hide the next's.
const GROUPS = 3;
const groups = Array.from({ length: GROUPS }, (_, i) => Object.entries(pageTypes).filter((_, j) => j % GROUPS === i));

for (const [i, group] of groups.entries()) {
  test(`axe finds no violations on any page type, light and dark (${i + 1} of ${GROUPS}: ${group.map(([kind]) => kind).join(', ')})`, async ({ page }) => {
    for (const [kind, path] of group) {
      await test.step(`the ${kind} page (${path})`, async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        await expectAccessibleInBothSchemes(page, { soft: true });
      });
    }
  });
}

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
