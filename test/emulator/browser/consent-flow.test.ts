// Real Chromium through the emulator's pages: sign in as a chosen test user, consent with one
// optional item left unticked, the app's redirect URI receives code + state, the code redeems and
// the token's scope matches what was ticked. Cancel → access_denied.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateNonce,
  generatePkce,
  generateState,
  parseCallback,
} from '../../../src/index.js';
import { chromiumAvailable, launchChromium } from '../../support/browser.js';
import {
  authorizeUrl,
  type BrowserFixture,
  callbackParams,
  redeemCode,
  resetFixture,
  startFixture,
} from './harness.js';

const hasChromium = chromiumAvailable();
const SEOYEON = '1376016924426222222';
const DAY_S = 24 * 60 * 60;

describe.skipIf(!hasChromium)('sign-in and consent pages in Chromium', () => {
  let fixture: BrowserFixture;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [fixture, browser] = await Promise.all([startFixture(), launchChromium()]);
  });
  beforeEach(async () => {
    await resetFixture(fixture);
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });

  async function openSignIn(state: string): Promise<Page> {
    context = await browser.newContext();
    context.setDefaultTimeout(5_000);
    const page = await context.newPage();
    await page.goto(authorizeUrl(fixture, { state }));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Sign in');
    return page;
  }

  async function signInAs(page: Page, userId: string, keep: boolean): Promise<void> {
    await page.locator(`#user-${userId}`).check();
    if (keep) await page.getByLabel('Keep me signed in').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/oauth/authorize/signin');
  }

  async function sessionCookie() {
    const cookies = await context.cookies(fixture.kakao.authUrl);
    const cookie = cookies.find((c) => c.name === '_kawlt');
    if (!cookie) throw new Error('no session cookie in the browser');
    const session = fixture.kakao.emulator.state.sessions.get(cookie.value);
    if (!session) throw new Error('the cookie names no emulator session');
    return { cookie, lifetimeS: (session.expiresAt - session.authTime) / 1000 };
  }

  it('signs in as the chosen user, consents without one optional item, and the code redeems', async () => {
    const page = await openSignIn('state-agree');
    await signInAs(page, SEOYEON, false);

    const consent = page.locator('#consent-form');
    await expect(
      consent.getByRole('checkbox', { name: '[필수] 닉네임 / [required] Nickname' }).count(),
    ).resolves.toBe(1);
    await expect(
      consent.getByRole('checkbox', { name: /\[선택\] 프로필 사진 \/ \[optional\] Profile image/ }).count(),
    ).resolves.toBe(1);
    await expect(page.locator('#scope-profile_nickname').getAttribute('required')).resolves.toBe('');
    await expect(page.locator('#scope-account_email').getAttribute('required')).resolves.toBeNull();

    for (const id of [
      'term-terms_of_use',
      'term-privacy_policy',
      'scope-profile_nickname',
      'scope-profile_image',
      'scope-account_email',
    ]) {
      await page.locator(`#${id}`).check();
    }
    await page.locator('#scope-account_email').uncheck(); // optional ones can be unticked again
    await page.getByRole('button', { name: 'Agree and continue' }).click();
    await page.waitForURL((url) => url.href.startsWith(fixture.app.redirectUri));

    const params = callbackParams(page.url(), fixture);
    expect(params.get('state')).toBe('state-agree');
    const code = params.get('code');
    expect(code).toBeTruthy();
    expect(fixture.app.received.at(-1)?.searchParams.get('code')).toBe(code);

    const tokens = await redeemCode(fixture, code!);
    const scopes = String(tokens.scope).split(' ');
    expect(scopes).toEqual(expect.arrayContaining(['profile_nickname', 'profile_image', 'openid']));
    expect(scopes).not.toContain('account_email');
    expect(scopes).not.toContain('phone_number');

    const me = await fetch(`${fixture.kakao.apiUrl}/v2/user/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(await me.text()).toMatch(new RegExp(`"id":${SEOYEON}[,}]`));

    const { cookie, lifetimeS } = await sessionCookie();
    expect(cookie.expires).toBe(-1); // a browser-session cookie…
    expect(lifetimeS).toBe(DAY_S); // …and a 24 h session
  });

  it('with "keep me signed in" the session cookie persists for 30 days', async () => {
    const page = await openSignIn('state-keep');
    await signInAs(page, SEOYEON, true);
    const { cookie, lifetimeS } = await sessionCookie();
    expect(lifetimeS).toBe(30 * DAY_S);
    const cookieLifetimeS = cookie.expires - Date.now() / 1000;
    expect(cookieLifetimeS).toBeGreaterThan(30 * DAY_S - 120);
    expect(cookieLifetimeS).toBeLessThanOrEqual(30 * DAY_S);
  });

  it('refuses "agree" while a required item is unticked, in the page itself', async () => {
    const page = await openSignIn('state-required');
    await signInAs(page, SEOYEON, false);
    await page.locator('#scope-profile_image').check();
    await page.getByRole('button', { name: 'Agree and continue' }).click();
    const invalid = await page
      .locator('#term-terms_of_use')
      .evaluate((el) => !(el as HTMLInputElement).validity.valid);
    expect(invalid).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/oauth/authorize/signin'); // still on the consent form
  });

  it('without browser validation the server refuses, names what is missing and keeps the ticks', async () => {
    const page = await openSignIn('state-server');
    await signInAs(page, SEOYEON, false);
    await page.locator('#term-terms_of_use').check();
    await page.locator('#scope-profile_image').check();
    await page.locator('#consent-form').evaluate((form) => {
      (form as HTMLFormElement).noValidate = true;
    });
    const answer = page.waitForResponse((r) => r.url().endsWith('/oauth/authorize/consent'));
    await page.getByRole('button', { name: 'Agree and continue' }).click();
    expect((await answer).status()).toBe(400);
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toContain('개인정보 처리방침, 닉네임');
    expect(alert).toContain('Privacy policy, Nickname');
    expect(alert).not.toContain('Terms of service');
    await expect(page.locator('#term-terms_of_use').isChecked()).resolves.toBe(true);
    await expect(page.locator('#scope-profile_image').isChecked()).resolves.toBe(true);
    await expect(page.locator('#scope-account_email').isChecked()).resolves.toBe(false);

    await page.locator('#term-privacy_policy').check();
    await page.locator('#scope-profile_nickname').check();
    await page.getByRole('button', { name: 'Agree and continue' }).click();
    await page.waitForURL((url) => url.href.startsWith(fixture.app.redirectUri));
    const tokens = await redeemCode(fixture, callbackParams(page.url(), fixture).get('code')!);
    expect(String(tokens.scope).split(' ')).toEqual(
      expect.arrayContaining(['profile_image', 'profile_nickname']),
    );
    expect(String(tokens.scope).split(' ')).not.toContain('account_email');
  });

  it('cancel redirects with access_denied, the description and the state', async () => {
    const page = await openSignIn('state-cancel');
    await signInAs(page, SEOYEON, false);
    await page.getByRole('button', { name: /Cancel/ }).click();
    await page.waitForURL((url) => url.href.startsWith(fixture.app.redirectUri));
    const raw = new URL(page.url()).search;
    expect(raw).toContain('error=access_denied');
    expect(raw).toContain('error_description=User%20denied%20access');
    const params = callbackParams(page.url(), fixture);
    expect(params.get('state')).toBe('state-cancel');
    expect(params.get('code')).toBeNull();
  });

  it('our own client: authorize URL with PKCE and nonce → pages → parseCallback → exchangeCode', async () => {
    const kakao = createKakaoClient({
      restApiKey: fixture.kakao.app.restApiKey,
      redirectUri: fixture.app.redirectUri,
      authUrl: fixture.kakao.authUrl,
      apiUrl: fixture.kakao.apiUrl,
    });
    const [state, nonce, pkce] = [generateState(), generateNonce(), await generatePkce()];
    const url = buildAuthorizationUrl(kakao, {
      state,
      nonce,
      codeChallenge: pkce.codeChallenge,
      codeChallengeMethod: pkce.codeChallengeMethod,
      scope: ['openid', 'profile_nickname'],
    });
    context = await browser.newContext();
    context.setDefaultTimeout(5_000);
    const page = await context.newPage();
    await page.goto(url.href);
    await signInAs(page, SEOYEON, false);
    await page.getByRole('button', { name: 'Agree to all and continue' }).click();
    await page.waitForURL((u) => u.href.startsWith(fixture.app.redirectUri));
    const { code } = parseCallback(page.url(), { expectedState: state });
    const tokens = await exchangeCode(kakao, { code, codeVerifier: pkce.codeVerifier }, { nonce });
    expect(tokens.idTokenClaims?.sub).toBe(SEOYEON);
    expect(tokens.scopes).toContain('profile_nickname');
  });
});
