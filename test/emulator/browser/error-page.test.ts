// Real Chromium: authorize problems Kakao cannot redirect show an error page with the KOE code,
// and the browser stays on the emulator (the app's callback receives nothing).
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../support/browser.js';
import { authorizeUrl, type BrowserFixture, resetFixture, startFixture } from './harness.js';

const hasChromium = chromiumAvailable();

describe.skipIf(!hasChromium)('the error page in Chromium', () => {
  let fixture: BrowserFixture;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [fixture, browser] = await Promise.all([startFixture(), launchChromium()]);
  });
  beforeEach(async () => {
    await resetFixture(fixture);
    context = await browser.newContext();
    context.setDefaultTimeout(5_000);
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });

  const cases: [string, string, (f: BrowserFixture) => Record<string, string>][] = [
    ['KOE006', 'an unregistered redirect_uri', () => ({ redirect_uri: 'http://127.0.0.1:9/elsewhere' })],
    ['KOE006', 'the registered one plus a slash', (f) => ({ redirect_uri: `${f.app.redirectUri}/` })],
    ['KOE101', 'an unknown client_id', () => ({ client_id: '0000000000000000000000000000dead' })],
    ['KOE205', 'an unconfigured scope', () => ({ scope: 'no_such_scope' })],
  ];

  it.each(cases)('shows %s for %s on a page, with no redirect', async (code, _what, params) => {
    const page = await context.newPage();
    const response = await page.goto(authorizeUrl(fixture, { state: 'never-sent', ...params(fixture) }));
    expect(response?.status()).toBe(400);
    expect(response?.request().redirectedFrom()).toBeNull();
    expect(new URL(page.url()).origin).toBe(fixture.kakao.authUrl);
    await expect(page.locator('#error-code').textContent()).resolves.toBe(code);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toContain(`(${code})`);
    expect(heading).toContain('앱 관리자 설정 오류');
    expect(await page.title()).toContain(code);
    expect(fixture.app.received).toEqual([]);
  });

  it('the registered callback itself is not an error (the page is specific to the bad URI)', async () => {
    const page = await context.newPage();
    await page.goto(authorizeUrl(fixture));
    await expect(page.locator('#error-code').count()).resolves.toBe(0);
    await expect(page.locator('#signin-form').count()).resolves.toBe(1);
  });
});
