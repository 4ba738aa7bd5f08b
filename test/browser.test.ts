// test/browser.test.ts — the pages in a real browser (Debian's chromium via playwright-core):
// the seed thread compared, a hostile article shown as inert text, the script enhancement working
// under the CSP, and screenshots of the main pages in test/screenshots/ (PNGs are gitignored).
// Skipped, with the reason, when no chromium binary is installed.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compare } from '../src/pipeline.js';
import { memorySource } from '../src/server/memory-source.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import type { Article } from '../src/types.js';
import { hostileArticle, richComparison, seedArticles } from './server-fixtures.js';

const CHROMIUM = process.env.PARALLAX_TEST_CHROMIUM || '/usr/bin/chromium';
const HAVE = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, 'screenshots');
if (!HAVE) console.warn(`browser tests skipped: no chromium at ${CHROMIUM} (set PARALLAX_TEST_CHROMIUM or apt-get install chromium)`);

describe.skipIf(!HAVE)('browser', () => {
  let browser: Browser;
  let real: RunningServer;
  let demo: RunningServer;
  let seeds: Article[];
  let hostile: Article;
  const dialogs: string[] = [];

  beforeAll(async () => {
    seeds = seedArticles();
    hostile = hostileArticle();
    const grouping = {
      threads: [{ id: 'macron-2017', title: 'Russia and Macron, 2017', stories: ['seeds'] }],
      stories: [{ id: 'seeds', title: 'Kremlin and Macron after the first round', articles: seeds.map((a) => a.id) }],
      collections: { seeds: seeds.map((a) => a.id) },
    };
    real = await startServer(memorySource([...seeds, hostile], grouping), { port: 0 });
    // Same articles, a hand-made comparison: shows every section of the story page filled in.
    demo = await startServer(memorySource(seeds, grouping, { compare: (as) => (as.length >= 2 ? richComparison(as) : compare(as)) }), { port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await real?.close();
    await demo?.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const r = await page.goto(url, { waitUntil: 'load' });
    expect(r?.status()).toBe(200);
    return page;
  }

  it('the thread page shows both seed articles compared', async () => {
    const page = await open(`${real.url}/threads/macron-2017`);
    const text = await page.locator('main').innerText();
    for (const a of seeds) expect(text).toContain(a.title!);
    expect(await page.locator('.outlets .card').count()).toBe(2);
    expect(await page.locator('.timeline > li').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'thread.png'), fullPage: true });
    await page.close();
  });

  it('the story page shows claims, conflicts, voices and framing side by side', async () => {
    const page = await open(`${demo.url}/stories/seeds`);
    expect(await page.locator('.claims-table tbody tr').count()).toBe(3);
    expect(await page.locator('.claims-table mark').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.conflict').count()).toBe(1);
    expect(await page.locator('.framing-table tbody tr').count()).toBe(2);
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, 'story.png'), fullPage: true });
    await page.close();
  });

  it('the story list, article and search pages render', async () => {
    const home = await open(`${real.url}/`);
    expect(await home.locator('.thread-group').count()).toBeGreaterThanOrEqual(2);
    await home.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });
    await home.close();
    const art = await open(`${real.url}/articles/${seeds[0]!.id}`);
    expect(await art.locator('#article-text').innerText()).toBe(seeds[0]!.text);
    await art.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
    // The static script runs under the CSP: toggling a layer hides its highlights.
    await art.locator('input[data-layer="entity"]').uncheck();
    expect(await art.locator('#article-text.hide-entity').count()).toBe(1);
    await art.close();
    const search = await open(`${real.url}/search?q=Macron`);
    expect(await search.locator('.hit').count()).toBeGreaterThanOrEqual(2);
    expect(await search.locator('.snippet mark').first().innerText()).toBe('Macron');
    await search.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });
    await search.close();
  });

  it('a hostile article shows as text and never executes', async () => {
    const pages = [`/articles/${hostile.id}`, `/`, `/search?q=minister`, `/stories/${encodeURIComponent(`s-${hostile.id}`)}`];
    for (const p of pages) {
      const page = await open(real.url + p);
      for (const el of (await page.locator('[title]').all()).slice(0, 40)) await el.hover({ timeout: 500 }).catch(() => {});
      await page.waitForTimeout(50);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('a[href^="javascript:" i], iframe, img, svg[onload], [onerror], [onmouseover]').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(1);
      const text = await page.locator('main').innerText();
      expect(text).toContain('<script>window.__pwned=1</script>');
      if (p.startsWith('/articles/')) {
        expect(text).toContain('javascript:window.__pwned=1');
        await page.screenshot({ path: join(SHOTS, 'hostile.png'), fullPage: true });
      }
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });
});
