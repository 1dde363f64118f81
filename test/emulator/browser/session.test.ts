// Real Chromium: the Kakao account session cookie. A second authorize in the same browser with
// nothing new to consent redirects at once with a code (no page); prompt=login shows sign-in
// again; a new item shows consent for that item only; the 24 h / 30 day lifetimes hold.
import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../../support/browser.js';
import { authorizeUrl, callbackParams, redeemCode, usePageFixture } from './harness.js';

const hasChromium = chromiumAvailable();
const HOUR_MS = 60 * 60 * 1000;

describe.skipIf(!hasChromium)('the session cookie in Chromium', () => {
  const t = usePageFixture();

  const atCallback = (url: URL) => url.href.startsWith(t.fixture.app.redirectUri);

  /** First login through the pages: sign in (optionally kept), agree to all, land on the app. */
  async function firstLogin(keep: boolean): Promise<void> {
    await t.page.goto(authorizeUrl(t.fixture, { state: 'first' }));
    if (keep) await t.page.getByLabel('Keep me signed in').check();
    await t.page.getByRole('button', { name: 'Sign in' }).click();
    await t.page.getByRole('button', { name: 'Agree to all and continue' }).click();
    await t.page.waitForURL(atCallback);
  }

  /** Navigates to authorize and records every response the emulator's origin sent on the way. */
  async function authorizeAgain(params: Record<string, string>): Promise<Response[]> {
    const fromEmulator: Response[] = [];
    const record = (response: Response) => {
      if (response.url().startsWith(t.fixture.kakao.authUrl)) fromEmulator.push(response);
    };
    t.page.on('response', record);
    await t.page.goto(authorizeUrl(t.fixture, params));
    t.page.off('response', record);
    return fromEmulator;
  }

  async function advanceClock(ms: number): Promise<void> {
    const response = await fetch(`${t.fixture.kakao.authUrl}/__emulator/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: ms }),
    });
    expect(response.status).toBe(200);
  }

  it('a second authorize with nothing new redirects at once with a code, no page', async () => {
    await firstLogin(false);
    const responses = await authorizeAgain({ state: 'second' });
    expect(responses.map((r) => r.status())).toEqual([302]);
    const params = callbackParams(t.page.url(), t.fixture);
    expect(params.get('state')).toBe('second');
    const tokens = await redeemCode(t.fixture, params.get('code')!);
    expect(tokens.token_type).toBe('bearer');
    expect(t.fixture.app.received.map((u) => u.searchParams.get('state'))).toEqual(['first', 'second']);
  });

  it('prompt=login shows the sign-in page again, the current user pre-selected', async () => {
    await firstLogin(false);
    const responses = await authorizeAgain({ state: 'again', prompt: 'login' });
    expect(responses.map((r) => r.status())).toEqual([200]);
    expect(await t.page.getByRole('heading', { level: 1 }).textContent()).toContain('Sign in');
    await expect(t.page.locator('#user-1376016924426111111').isChecked()).resolves.toBe(true);
    await t.page.getByRole('button', { name: 'Sign in' }).click();
    await t.page.waitForURL(atCallback); // already consented: straight back to the app
    expect(callbackParams(t.page.url(), t.fixture).get('state')).toBe('again');
  });

  it('a newly requested item shows the consent screen for that item only', async () => {
    await firstLogin(false);
    await authorizeAgain({ state: 'more', scope: 'talk_message' });
    const boxes = t.page.locator('#consent-form input[type=checkbox]');
    await expect(boxes.evaluateAll((all) => all.map((b) => b.id))).resolves.toEqual(['scope-talk_message']);
  });

  it('without "keep me signed in" the session ends after 24 hours', async () => {
    await firstLogin(false);
    await advanceClock(24 * HOUR_MS + 1000);
    const responses = await authorizeAgain({ state: 'late' });
    expect(responses.map((r) => r.status())).toEqual([200]);
    expect(await t.page.getByRole('heading', { level: 1 }).textContent()).toContain('Sign in');
  });

  it('with "keep me signed in" the session outlives 24 hours and ends after 30 days', async () => {
    await firstLogin(true);
    await advanceClock(25 * HOUR_MS);
    expect((await authorizeAgain({ state: 'next-day' })).map((r) => r.status())).toEqual([302]);
    expect(callbackParams(t.page.url(), t.fixture).get('state')).toBe('next-day');
    await advanceClock(30 * 24 * HOUR_MS);
    expect((await authorizeAgain({ state: 'next-month' })).map((r) => r.status())).toEqual([200]);
    expect(await t.page.getByRole('heading', { level: 1 }).textContent()).toContain('Sign in');
  });
});
