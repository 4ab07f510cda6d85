import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/strict-page.ts';
import { pageTypes } from './support/site-pages.ts';

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(pageTypes)) {
    test(`axe finds no violations on the ${kind} page (${path}) in ${scheme}`, async ({ page }) => {
      test.slow(); // axe's contrast check walks every code token
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
}

test('the theme the reader picked is the one axe checks too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(pageTypes.post);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
