import type { Page, Response } from '@playwright/test';
import { test, expect } from './support/strict-page.ts';
import { readPosts } from '../support/posts.ts';

const POST = '/posts/networking-exploration-nutanix-ahv/';
const networking = readPosts().find((p) => p.id === 'networking-exploration-nutanix-ahv')!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

// The copy rule itself is unit-tested on every listing (tests/unit/listings/copy-text.test.ts); these steps prove the
// buttons: keyboard and mouse, the clipboard, the announcement. One load of the post for all of them.
test('the copy buttons put the rule’s text on the clipboard and announce it', async ({ page }) => {
  await page.goto(POST);

  await test.step('"Copy commands" on the first ifconfig session, by keyboard, copies exactly the command', async () => {
    const block = page.locator('figure.code-block').filter({ hasText: 'ifconfig on the AHV host' });
    const button = block.getByRole('button', { name: 'Copy commands' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await clipboard(page)).toBe('ifconfig');
    await expect(block.getByRole('status')).toHaveText('Commands copied');
  });

  await test.step('"Copy all" copies the whole listing, prompt and output, character for character', async () => {
    const block = page.locator('figure.code-block').first();
    await block.getByRole('button', { name: 'Copy all' }).click();
    const firstListing = networking.listings.find((l) => l.lang === 'shellsession')!;
    expect(await clipboard(page)).toBe(firstListing.lines.join('\n'));
    await expect(block.getByRole('status')).toHaveText('Copied');
  });

  await test.step('"Copy all" on the annotated XML leaves the author\'s notes out and the collapsed lines in', async () => {
    const block = page.locator('figure.code-block').filter({ hasText: 'libvirt domain XML of the CVM' });
    await block.getByRole('button', { name: 'Copy all' }).click();
    const listing = networking.listings.find((l) => l.meta.includes('libvirt domain XML'))!.lines;
    expect(await clipboard(page)).toBe(listing.filter((line) => !line.startsWith('##')).join('\n'));
  });

  await test.step('every session offers "Copy commands" that copies its one command', async () => {
    const blocks = page.locator('figure.code-block.session');
    await expect(blocks).toHaveCount(12);
    const commands: string[] = [];
    for (const block of await blocks.all()) {
      await block.getByRole('button', { name: 'Copy commands' }).click();
      commands.push(await clipboard(page));
    }
    expect(commands).toContain('ps -ef | grep qemu');
    expect(commands).toContain('cat /etc/libvirt/qemu/NTNX-DRM-3060-G4-1-1-CVM.xml');
    expect(commands.every((c) => !c.includes('#') && !c.includes('\n'))).toBe(true);
  });
});

test('selecting a listing with the mouse leaves the prompt out', async ({ page }) => {
  await page.goto(POST);
  const pre = page.locator('figure.code-block').nth(1).locator('pre');
  const box = (await pre.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toContain('netstat -r');
  expect(selected).toContain('Kernel IP routing table');
  expect(selected).not.toContain('[root@DRM-3060-G4-1-1');
});

test('a collapsed stretch of output opens by keyboard, says "Hide" when open, and folds again from its end', async ({ page }) => {
  await page.goto(POST);
  const block = page.locator('figure.code-block').filter({ hasText: 'libvirt domain XML of the CVM' });
  const details = block.locator('details').first();
  await expect(details.getByText('<on_crash>restart</on_crash>')).toBeHidden();
  const summary = details.locator('summary');
  // The name is what a screen reader says (the summary holds both labels, one shown at a time).
  await expect(summary).toHaveAccessibleName('Show 24 more lines (7–30)');
  await expect(details.getByRole('button', { name: 'Hide 24 lines (7–30)' })).toBeHidden();
  await test.step('Tab reaches the summary, Enter opens it, and it says "Hide"', async () => {
    // From the listing's scroll region (itself a tab stop), the next Tab reaches the fold.
    await block.locator('.code-scroll').focus();
    await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    await expect(details.getByText('<on_crash>restart</on_crash>')).toBeVisible();
    await expect(summary).toHaveAccessibleName('Hide 24 lines (7–30)');
    await expect(summary).toHaveText('Hide 24 lines (7–30)', { useInnerText: true });
  });
  await test.step('the next Tab reaches "Hide" at the end of the stretch; Enter folds it and focus goes back to the summary', async () => {
    const fold = details.getByRole('button', { name: 'Hide 24 lines (7–30)' });
    await page.keyboard.press('Tab');
    await expect(fold).toBeFocused();
    const foldBox = (await fold.boundingBox())!;
    const summaryBox = (await summary.boundingBox())!;
    expect(foldBox.y - summaryBox.y, 'the second control is at the end, below the 24 lines').toBeGreaterThan(24 * 15);
    await page.keyboard.press('Enter');
    await expect(details).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(summary).toHaveAccessibleName('Show 24 more lines (7–30)');
  });
});

test('prompt, command and output are told apart; addresses, MACs and interfaces stand out', async ({ page }) => {
  await page.goto(POST);
  const first = page.locator('figure.code-block').first();
  await expect(first.locator('.line.cmd .c-prompt')).toHaveText('[root@DRM-3060-G4-1-1 ~]# ');
  await expect(first.locator('.line.cmd .c-function')).toHaveText('ifconfig');
  expect(await first.locator('.c-prompt').evaluate((el) => getComputedStyle(el).userSelect)).toBe('none');
  await expect(first.locator('.c-iface').filter({ hasText: /^eth2\.32$/ })).toHaveCount(1);
  await expect(first.locator('.c-mac').first()).toHaveText('0C:C4:7A:58:91:50');
  await expect(first.locator('.c-addr').first()).toHaveText('10.59.31.77');
  const ovs = page.locator('figure.code-block').filter({ hasText: 'Open vSwitch configuration' });
  await expect(ovs.locator('.c-keyword').filter({ hasText: 'Bridge' })).toHaveCount(1);
  await expect(ovs.locator('.c-iface').filter({ hasText: /^vnet0$/ })).toHaveCount(2);
  const ifcfg = page.locator('figure.code-block').filter({ hasText: 'ifcfg-br0 on the AHV host' });
  await expect(ifcfg.locator('.c-attr').filter({ hasText: 'IPADDR' })).toHaveCount(1);
  const xml = page.locator('figure.code-block').filter({ hasText: 'libvirt domain XML of the CVM' });
  await expect(xml.locator('.line.note')).toHaveCount(2);
  await expect(xml.locator('.line.annotated')).toHaveCount(2);
  await expect(xml.locator('.line.highlighted')).toHaveCount(2);
});

test('the wrapped qemu-kvm listing wraps with a hanging indent and never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(POST);
  const scroll = page.locator('figure.code-block.wrap .code-scroll');
  expect(await scroll.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const wide = page.locator('figure.code-block').first().locator('.code-scroll');
  expect(await wide.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await wide.getAttribute('tabindex')).toBe('0');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('without JavaScript no copy button shows, collapsed output opens and says "Hide", the contents stay beside the text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(POST);
  await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  const summary = page.locator('figure.code-block details summary').first();
  await summary.click();
  await expect(page.locator('figure.code-block details').first()).toHaveAttribute('open', '');
  await expect(summary).toHaveAccessibleName(/^Hide \d+ lines/);
  // The second "Hide" needs the script: without it, it is not there to be tabbed to.
  await expect(page.getByRole('button', { name: /^Hide/ })).toHaveCount(0);
  await test.step('the contents are a sticky sidebar, listed in full, with nothing marked', async () => {
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await page.locator('#cvm-guest-configuration').scrollIntoViewIfNeeded();
    await expect(toc).toBeInViewport();
    await expect(toc.getByRole('link', { name: 'CVM guest configuration' })).toBeVisible();
    await expect(toc.locator('[aria-current]')).toHaveCount(0);
  });
  await context.close();
});

test('pages without listings load no copy script', async ({ page }) => {
  const external: Promise<string>[] = [];
  // Only bodies that came over the wire: a 304 has none, and its script was read when it was first fetched.
  const collect = (response: Response) => {
    if (response.request().resourceType() === 'script' && response.status() === 200) external.push(response.text());
  };
  page.on('response', collect);
  await page.goto('/posts/vienna-avaya-technology-forum/');
  await page.waitForLoadState('networkidle');
  page.off('response', collect);
  const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const sources = [...inline, ...(await Promise.all(external))];
  expect(sources.length).toBeGreaterThan(0);
  expect(sources.filter((s) => s.includes('data-code-actions'))).toEqual([]);
  await page.goto(POST);
  const onCodePage = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(onCodePage.some((s) => s.includes('data-code-actions'))).toBe(true);
});

test.describe('on a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a listing wider than the screen shows a shade at the edge it scrolls past, and none at an edge reached (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/posts/networking-exploration-nutanix-ahv/');
      const listing = page.locator('.code-scroll').filter({ hasText: 'ifconfig' }).first();
      await listing.scrollIntoViewIfNeeded();
      expect(await listing.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
      // The edge strip drawn as it is, and with the listing's backgrounds taken off: different where a shade is drawn.
      const shades = async (edge: 'left' | 'right') => {
        const box = (await listing.boundingBox())!;
        const clip = { x: edge === 'left' ? box.x : box.x + box.width - 12, y: box.y + 40, width: 12, height: 60 };
        const drawn = await page.screenshot({ clip });
        await listing.evaluate((e) => (e.style.backgroundImage = 'none'));
        const bare = await page.screenshot({ clip });
        await listing.evaluate((e) => (e.style.backgroundImage = ''));
        return !drawn.equals(bare);
      };
      expect(await shades('right'), 'more to the right: shaded').toBe(true);
      expect(await shades('left'), 'at the start: no shade on the left').toBe(false);
      await listing.evaluate((e) => (e.scrollLeft = e.scrollWidth));
      expect(await shades('left'), 'scrolled to the end: shaded on the left').toBe(true);
      expect(await shades('right'), 'at the end: no shade on the right').toBe(false);
    });
  }
});
