/**
 * The one accessibility check of a page: axe with the site's rule set, in both
 * colour schemes. Only the colour rules depend on the scheme, so the page is
 * checked in full in light, then its colours again in dark, without a reload
 * (prefers-color-scheme applies at once, and the site has no transitions).
 *
 * The tokens inside listings are left to code-contrast.spec.ts, which measures
 * every one of them in both schemes against the background it is drawn on,
 * collapsed lines included (axe skips those); walking them again here would
 * double the cost of the check on a code-heavy post for nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './strict-page.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules among AXE_TAGS whose outcome depends on the colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The highlighted code inside listings; the listing's frame (header, buttons, scroll region) is still checked. */
const LISTING_TOKENS = '.code-block pre > code';

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/**
 * What axe reports: violations in full, one node of each passing, incomplete or inapplicable rule. The checks
 * read violations only; axe's own docs give this option for speed, as it then computes no selector or HTML for
 * the thousands of nodes that pass (a check of the networking post: 0.63 s → 0.41 s, the home page 0.33 → 0.13 s).
 */
const RESULT_TYPES: ['violations'] = ['violations'];

/**
 * axe for this page, run by axe.run() in the page itself (AxeBuilder's legacy mode). The default mode runs
 * axe.runPartial() in each frame and merges the results in a blank page it opens for every check: a new
 * renderer each time, 0.4 s of the 0.6 s a check of a short page takes. Legacy mode still checks same-origin
 * frames; what it skips, cross-origin frames, the site has none of before a video is played.
 */
export const axeFor = (page: Page): AxeBuilder => new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: RESULT_TYPES });

function summarise(violations: Violations): string[] {
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/** `soft`: a violation is reported and the test goes on (for a test that checks several pages in steps). */
interface CheckOptions {
  soft?: boolean;
}

/** Every rule, in the scheme the page is in now. */
export async function expectNoAxeViolations(page: Page, rules?: string[], { soft = false }: CheckOptions = {}): Promise<void> {
  const builder = axeFor(page).exclude(LISTING_TOKENS);
  if (rules) builder.withRules(rules);
  else builder.withTags(AXE_TAGS);
  (soft ? expect.soft : expect)(summarise((await builder.analyze()).violations)).toEqual([]);
}

/** Call with the page loaded as the test wants it checked; it ends in the dark scheme. */
export async function expectAccessibleInBothSchemes(page: Page, { soft = false }: CheckOptions = {}): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page, undefined, { soft });
  await page.emulateMedia({ colorScheme: 'dark' });
  // axe is in the page now: run it again directly rather than have AxeBuilder inject it a second time.
  const dark = await page.evaluate(
    ([rules, exclude, resultTypes]) =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violations }> } }).axe.run(
        { exclude: [[exclude]] },
        { runOnly: { type: 'rule', values: rules }, resultTypes },
      ),
    [COLOUR_RULES, LISTING_TOKENS, RESULT_TYPES] as const,
  );
  (soft ? expect.soft : expect)(summarise(dark.violations), 'in the dark scheme').toEqual([]);
}
