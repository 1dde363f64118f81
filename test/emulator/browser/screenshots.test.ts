// Real Chromium: the sign-in, consent and error pages at a desktop and a phone width. Each page is
// photographed to the temp directory (for a person to look at; never committed) and checked for
// the layout faults a screenshot shows: sideways scrolling, controls cut off or overlapping.
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../support/browser.js';
import { authorizeUrl, type BrowserFixture, startFixture } from './harness.js';

const hasChromium = chromiumAvailable();
const SHOTS = join(tmpdir(), 'kakao-oauth-screens');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

describe.skipIf(!hasChromium)('what the pages look like in Chromium', () => {
  let fixture: BrowserFixture;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [fixture, browser] = await Promise.all([startFixture(), launchChromium()]);
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });

  async function open(viewport: keyof typeof VIEWPORTS): Promise<Page> {
    context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
    context.setDefaultTimeout(5_000);
    return context.newPage();
  }

  /** The boxes of the visible controls (the label box for a checkbox or radio). */
  function controlBoxes(page: Page): Promise<Box[]> {
    return page.evaluate(() =>
      [...document.querySelectorAll('main input:not([type=hidden]), main button')].map((el) => {
        const target = el.closest('label') ?? el;
        const { x, y, width, height } = target.getBoundingClientRect();
        return { id: el.id, x, y, width, height };
      }),
    );
  }

  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  async function expectCleanLayout(page: Page, name: string): Promise<void> {
    const path = join(SHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(5_000);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
    const boxes = await controlBoxes(page);
    for (const box of boxes) {
      expect(box.width, `#${box.id} is not visible`).toBeGreaterThan(0);
      expect(box.x, `#${box.id} is cut off`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `#${box.id} is cut off`).toBeLessThanOrEqual(innerWidth);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `#${a.id} overlaps #${b.id}`).toBe(false);
    }
  }

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`sign-in, consent and error pages lay out cleanly (${viewport})`, async () => {
      const page = await open(viewport);
      await page.goto(authorizeUrl(fixture, { state: 'look' }));
      await expectCleanLayout(page, `signin-${viewport}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/oauth/authorize/signin');
      await expectCleanLayout(page, `consent-${viewport}`);
      await page.locator('#consent-form').evaluate((form) => {
        (form as HTMLFormElement).noValidate = true; // let the server answer the missing items
      });
      await page.getByRole('button', { name: 'Agree and continue' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toContain('Agree to the required items');
      await expectCleanLayout(page, `consent-problem-${viewport}`);
      await page.goto(authorizeUrl(fixture, { redirect_uri: 'http://127.0.0.1:9/elsewhere' }));
      await expectCleanLayout(page, `error-${viewport}`);
    });
  }
});
