// Real Chromium: the Playwright helper signs in through the emulator's real pages for an example
// app that uses our client; the request-log assertions then check what the app sent.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../src/emulator/index.js';
import { getLink } from '../../src/emulator/model/lookup.js';
import { createKakaoClient, refreshTokens } from '../../src/index.js';
import {
  CODE_REDEMPTION,
  KakaoLogAssertionError,
  type KakaoTestEmulator,
  readKakaoRequestLog,
  resetKakaoEmulator,
  signInWithKakao,
  startKakaoTestEmulator,
} from '../../src/testing/index.js';
import { testKey } from '../emulator/helpers.js';
import { chromiumAvailable, launchChromium } from '../support/browser.js';
import { thrown } from '../support/thrown.js';
import { startExampleApp } from './example-app.js';

describe.skipIf(!chromiumAvailable())('signInWithKakao with an example app', () => {
  let app: Awaited<ReturnType<typeof startExampleApp>>;
  let kakao: KakaoTestEmulator;
  let browser: Browser;
  let page: Page;
  let authUrl: string;

  beforeAll(async () => {
    app = await startExampleApp();
    [kakao, browser] = await Promise.all([
      testKey().then((key) =>
        startKakaoTestEmulator({ redirectUris: [app.callbackUrl], signingKeys: [key] }),
      ),
      launchChromium(),
    ]);
    app.configure(kakao.env);
    authUrl = kakao.env.KAKAO_AUTH_URL ?? '';
  });
  beforeEach(async () => {
    await resetKakaoEmulator({ authUrl });
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await kakao?.close();
    await app?.close();
  });

  async function startLogin(): Promise<void> {
    await page.goto(app.url);
    await page.getByRole('link', { name: /Login with Kakao/ }).click();
  }

  it('signs in as a chosen user and consents to the chosen items only', async () => {
    await startLogin();
    await signInWithKakao(page, { authUrl, user: 'seoyeon.lee@example.net', consent: ['account_email'] });
    await expect(page.locator('#welcome').textContent()).resolves.toBe('안녕하세요, 서연');
    await expect(page.locator('#email').textContent()).resolves.toBe('seoyeon.lee@example.net');
    const link = getLink(kakao.running.emulator.state, DEFAULT_APP.id, '1376016924426222222');
    expect([...(link?.agreedScopes ?? [])].sort()).toEqual(['account_email', 'profile_nickname']);
  });

  it('consents to everything by default, as the first user', async () => {
    await startLogin();
    await signInWithKakao(page, { authUrl });
    await expect(page.locator('#welcome').textContent()).resolves.toBe('안녕하세요, 민준');
    const link = getLink(kakao.running.emulator.state, DEFAULT_APP.id, '1376016924426111111');
    expect(link?.agreedScopes.has('profile_image')).toBe(true);
    expect(link?.agreedScopes.has('phone_number')).toBe(true);
  });

  it('picks a user by id and finds the KAKAO_AUTH_URL itself', async () => {
    await startLogin();
    const saved = process.env.KAKAO_AUTH_URL;
    process.env.KAKAO_AUTH_URL = authUrl;
    try {
      await signInWithKakao(page, { user: '1376016924426333333', consent: [] });
    } finally {
      process.env.KAKAO_AUTH_URL = saved;
    }
    await expect(page.locator('#welcome').textContent()).resolves.toBe('안녕하세요, 지호');
  });

  it('says which user or item is missing, and reports an emulator error page with its KOE code', async () => {
    await startLogin();
    await expect(signInWithKakao(page, { authUrl, user: 'nobody@example.com' })).rejects.toThrow(
      'no test user "nobody@example.com"',
    );
    await startLogin();
    await expect(signInWithKakao(page, { authUrl, consent: ['no_such_item'] })).rejects.toThrow(
      'does not ask for "no_such_item"',
    );
    await page.goto(
      `${authUrl}/oauth/authorize?client_id=${DEFAULT_APP.restApiKey}&redirect_uri=http://elsewhere.invalid/cb&response_type=code`,
    );
    await expect(signInWithKakao(page, { authUrl })).rejects.toThrow('error page KOE006');
  });

  it('the request log: one code redemption, no secret in a URL; a refresh counted; clear failures', async () => {
    await startLogin();
    await signInWithKakao(page, { authUrl });
    await page.locator('#welcome').waitFor();
    const log = await readKakaoRequestLog({ authUrl });
    expect(log.expectCount(CODE_REDEMPTION, 1)).toHaveLength(1);
    log.expectNoSecretsInQuery();
    const error = thrown(() => log.expectExactlyOneRefresh());
    expect(error).toBeInstanceOf(KakaoLogAssertionError);
    expect((error as Error).message).toMatch(/expected exactly 1 × refresh .*, the emulator saw 0/);
    expect((error as Error).message).toContain('POST auth /oauth/token grant_type=authorization_code → 200');

    // A client that refreshes once, and one that puts its secret in the URL.
    const client = createKakaoClient({
      restApiKey: DEFAULT_APP.restApiKey,
      authUrl,
      apiUrl: authUrl,
      retry: false,
    });
    const tokens = [...kakao.running.emulator.state.refreshTokens.values()][0];
    await refreshTokens(client, tokens?.token ?? '');
    (await readKakaoRequestLog({ authUrl })).expectExactlyOneRefresh();
    await fetch(`${authUrl}/oauth/token?client_secret=oops`, { method: 'POST' });
    const later = await readKakaoRequestLog({ authUrl });
    expect(() => later.expectNoSecretsInQuery()).toThrow(/client_secret in the query of POST \/oauth\/token/);
    expect(JSON.stringify(later.entries)).not.toContain('oops');
  });
});
