import { readPage } from '../../src/link-check/crawler.node.ts';
import { test, expect } from './support/strict-page.ts';
import { expectAccessibleInBothSchemes } from './support/axe.ts';
import { posts } from './support/site-pages.ts';
import { MIGRATED_POSTS, readPublishedPosts } from '../support/posts.ts';
import { FEED_ITEMS } from '../../src/config/site.ts';

test('the eight migrated posts are among the posts to check', () => {
  expect(posts.map((post) => post.id)).toEqual(expect.arrayContaining(Object.keys(MIGRATED_POSTS)));
});

test('every post renders its title and all its code blocks', async ({ page }) => {
  for (const post of posts) {
    await test.step(`${post.id}: its title and ${post.codeBlocks} code blocks`, async () => {
      expect(post.title).not.toBe('');
      const response = await page.goto(`/posts/${post.id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(post.title);
      await expect(page).toHaveTitle(new RegExp(`^${post.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      const blocks = page.locator('.post-body figure.code-block');
      await expect(blocks).toHaveCount(post.codeBlocks);
      for (const block of await blocks.all()) {
        expect((await block.locator('.line').count()) > 0).toBe(true);
      }
    });
  }
});

test("without JavaScript, the post links its network names, and br0's page lists the lines that name it", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await test.step('the networking post links bridge br0 in "Network names in this post"', async () => {
    await page.goto('posts/networking-exploration-nutanix-ahv/');
    const names = page.getByRole('navigation', { name: 'Network names in this post' });
    await names.getByRole('link', { name: 'br0', exact: true }).click();
    await expect(page).toHaveURL(/\/entities\/bridge\/br0\/$/);
  });
  await test.step('the page lists the post, its listings with br0 marked, and its diagram', async () => {
    await expect(page.locator('h1')).toHaveText('br0');
    const post = page.locator('.entity-post').filter({ has: page.getByRole('link', { name: 'Networking exploration' }) });
    await expect(post.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', /\/posts\/networking-exploration-nutanix-ahv\/$/);
    await expect(post.locator('.code-block')).toHaveCount(6);
    await expect(post.locator('.code-block mark').first()).toHaveText(/br0/i);
    await expect(post.locator('.entity-diagrams li')).toHaveCount(1);
  });
  await test.step('the index lists it among the bridges', async () => {
    await page.goto('entities/');
    await expect(page.getByRole('link', { name: 'br0', exact: true })).toHaveAttribute('href', /\/entities\/bridge\/br0\/$/);
  });
  await context.close();
});

test('the conference page lists its sessions, linked to the sections of the notes', async ({ page }) => {
  await page.goto('/conferences/all-things-open-2018/');
  await expect(page.locator('h1')).toHaveText('All Things Open 2018');
  await expect(page.locator('.facts')).toContainText('21–23 October 2018');
  await expect(page.locator('.facts')).toContainText('Raleigh');
  const sessionLinks = page.locator('.sessions a');
  await expect(sessionLinks).toHaveCount(5);
  // Each anchor is in its page's HTML as served, read as the link check reads ids (fetched, not rendered: an id
  // is there or not). That no page has an id twice is html-validate's no-dup-id, on every page (npm run test:html).
  for (const href of await sessionLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    const [path, anchor] = href.split('#');
    const { ids } = readPage(await (await page.request.get(path!)).text());
    expect(ids.has(anchor!), `anchor ${href}`).toBe(true);
  }
});

test.describe('on a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`listing titles wrap rather than being cut off, and every "#" link is at least 24 × 24 px (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/posts/networking-exploration-nutanix-ahv/');
      const titles = page.locator('.code-title');
      expect(await titles.count()).toBeGreaterThan(0);
      for (const title of await titles.all()) {
        const cut = await title.evaluate((e) => e.scrollWidth > e.clientWidth + 1 || getComputedStyle(e).textOverflow === 'ellipsis');
        expect(cut, `"${await title.textContent()}" is shown whole`).toBe(false);
      }
      const anchors = page.locator('.heading-wrapper .anchor-link');
      expect(await anchors.count()).toBeGreaterThan(0);
      for (const anchor of await anchors.all()) {
        const box = (await anchor.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
    });
  }
});

test('a conference page shows its dates, not how they were worked out', async ({ page }) => {
  await page.goto('/conferences/avaya-technology-forum-vienna-2014/');
  await expect(page.locator('.facts')).toContainText('5–8 May 2014');
  // The reasoning behind a date is a comment in the conference's file (content/conferences/*.yaml), as the posts' `# Date:` comments are.
  await expect(page.locator('main')).not.toContainText(/without a year|the year those days ran|these are the published dates/);
});

test('feed, sitemap and robots.txt are served and point at the site', async ({ request }) => {
  const feed = await request.get('/rss.xml');
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml.match(/<item>/g)).toHaveLength(Math.min(readPublishedPosts().length, FEED_ITEMS));
  expect(xml).toContain('<link>http://localhost:4321/posts/networking-exploration-nutanix-ahv/</link>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
});

// One page goes from post to post, a step each: a browser context per check would cost more than the check.
test('each post page shows what is particular to it', async ({ page }) => {
  await test.step('a series part shows every part, with the missing Part 2 marked and not renumbered', async () => {
    await page.goto('/posts/ahv-ovs-light-board-part-3/');
    const box = page.locator('.series-box');
    await expect(box).toContainText('Part 3 of 4');
    await expect(box.locator('li')).toHaveText([/Part 1:/, /Part 2: not published/, /Part 3:.*\(this post\)/, /Part 4:/]);
    await expect(box.getByRole('link', { name: '← Part 1' })).toHaveAttribute('href', '/posts/ahv-ovs-light-board-part-1/');
    await expect(box.getByRole('link', { name: 'Part 4 →' })).toHaveAttribute('href', '/posts/ahv-ovs-light-board-part-4/');
  });
  await test.step('a long post has a table of contents and linkable headings', async () => {
    await page.goto('/posts/networking-exploration-nutanix-ahv/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const first = toc.getByRole('link').first();
    const target = (await first.getAttribute('href'))!;
    await expect(page.locator(target)).toHaveCount(1);
    const anchor = page.getByRole('link', { name: /^Link to section: CVM guest configuration/ });
    await expect(anchor).toHaveAttribute('href', '#cvm-guest-configuration');
  });
  await test.step('the quotations of the conference notes are blockquotes with their attribution', async () => {
    await page.goto('/posts/all-things-open-2018/');
    const quotes = page.locator('.post-body blockquote');
    await expect(quotes.filter({ hasText: 'Everything that touches the customer is marketing.' })).toHaveCount(1);
    await expect(quotes.filter({ hasText: 'If you need to answer something more than three times, it should be in a document.' })).toHaveCount(1);
  });
  await test.step('a post carries canonical, Open Graph and BlogPosting JSON-LD', async () => {
    await page.goto('/posts/nutanix-ahv-best-practices-guide/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:4321/posts/nutanix-ahv-best-practices-guide/');
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('BlogPosting');
    expect(jsonLd.headline).toBe('Nutanix AHV Best Practices Guide');
    expect(jsonLd.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  await test.step('the post header reads as a sentence: date, reading time', async () => {
    await page.goto('/posts/ahv-ovs-light-board-part-1/');
    await expect(page.locator('.post-header .meta')).toHaveText(/^Published 2 February 2016 · \d+ min read$/);
  });
});

// The networking post is the longest (about 9,000 px at 1280): its contents are a sticky sidebar on wide screens,
// a closed disclosure on narrow ones. One page, a step each; without JavaScript: code-blocks.spec.ts.
test('a long post: the contents follow the reader at 1280 px, fold away at 360 px, and a link leads back to the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/posts/networking-exploration-nutanix-ahv/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const link = (name: string) => toc.getByRole('link', { name, exact: true });

  await test.step('at 1280 px the contents sit beside the text, listed in full, nothing to unfold', async () => {
    const text = (await page.locator('.post-body').boundingBox())!;
    const sidebar = (await toc.boundingBox())!;
    expect(sidebar.x).toBeGreaterThanOrEqual(text.x + text.width);
    await expect(link('Interfaces')).toBeVisible();
    await expect(toc.locator('summary')).toBeHidden();
    await expect(toc.locator('[aria-current]')).toHaveCount(0);
  });

  await test.step('reading a section marks its link, and the sidebar stays in view', async () => {
    await page.locator('#routes').evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(link('Routes')).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
    await expect(toc).toBeInViewport({ ratio: 1 });
    await page.locator('#the-libvirt-domain-xml').evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(link('The libvirt domain XML')).toHaveAttribute('aria-current', 'true');
    await expect(link('Routes')).not.toHaveAttribute('aria-current');
    await expect(toc).toBeInViewport({ ratio: 1 });
  });

  await test.step('by keyboard: a contents link goes to its section and marks it', async () => {
    await link('Open vSwitch').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#open-vswitch$/);
    await expect(link('Open vSwitch')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#open-vswitch')).toBeInViewport();
  });

  await test.step('at the end, the last section is marked, and "Back to top" jumps to the content with reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const back = page.getByRole('link', { name: 'Back to top' });
    await back.evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
    await expect(link('CVM guest configuration')).toHaveAttribute('aria-current', 'true');
    await back.focus();
    await page.keyboard.press('Enter');
    // No smooth scroll: the page is at the top at once, and focus is on <main>, so the next Tab starts there.
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200);
    await expect(page.locator('main')).toBeFocused();
    await expect(page.locator('h1')).toBeInViewport();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  await test.step('at 360 px the contents are one closed line, so the post starts on the first screen', async () => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/posts/networking-exploration-nutanix-ahv/');
    await expect(link('Interfaces')).toBeHidden();
    await expect(toc.locator('summary')).toBeVisible();
    await expect(toc.locator('details')).not.toHaveAttribute('open');
    const first = page.locator('.post-body > p').first();
    expect((await first.boundingBox())!.y).toBeLessThan(640 - 40);
  });

  await test.step('at 360 px the contents open by keyboard and are accessible in both schemes', async () => {
    const summary = toc.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(link('Interfaces')).toBeVisible();
    await expectAccessibleInBothSchemes(page);
  });
});
