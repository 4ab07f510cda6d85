import { test, expect } from './support/strict-page.ts';
import { posts } from './support/site-pages.ts';

test('there are eight posts to check', () => {
  expect(posts).toHaveLength(8);
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

test('the conference page lists its sessions, linked to the sections of the notes', async ({ page }) => {
  await page.goto('/conferences/all-things-open-2018/');
  await expect(page.locator('h1')).toHaveText('All Things Open 2018');
  await expect(page.locator('.facts')).toContainText('21–23 October 2018');
  await expect(page.locator('.facts')).toContainText('Raleigh');
  const sessionLinks = page.locator('.sessions a');
  await expect(sessionLinks).toHaveCount(5);
  for (const href of await sessionLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    const [path, anchor] = href.split('#');
    await page.goto(path!);
    await expect(page.locator(`[id="${anchor}"]`), `anchor ${href}`).toHaveCount(1);
    await page.goBack();
  }
});

test('feed, sitemap and robots.txt are served and point at the site', async ({ request }) => {
  const feed = await request.get('/rss.xml');
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml.match(/<item>/g)).toHaveLength(8);
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
