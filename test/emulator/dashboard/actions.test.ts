// Real Chromium: each dashboard button changes the emulator, checked through the controls API,
// the model, and our client (an expired token gets -401, a disconnect reaches the app's webhook).
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import { getLink } from '../../../src/emulator/model/lookup.js';
import { getUser, KakaoApiError, KakaoAuthError, refreshTokens } from '../../../src/index.js';
import { chromiumAvailable } from '../../support/browser.js';
import { caught } from '../../support/thrown.js';
import { useDashboard } from './harness.js';

const MINJUN = '1376016924426111111';

describe.skipIf(!chromiumAvailable())('dashboard buttons', () => {
  const t = useDashboard();

  it('expire access token: the next kapi call gets -401', async () => {
    const tokens = await t.login();
    await expect(getUser(t.client, { accessToken: tokens.accessToken })).resolves.toBeTruthy();
    const page = await t.open();
    await page.getByRole('button', { name: /Expire access token: 민준/ }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('Access tokens expired: 1');
    const error = await caught(getUser(t.client, { accessToken: tokens.accessToken }));
    expect(error).toBeInstanceOf(KakaoApiError);
    expect((error as KakaoApiError).apiCode).toBe(-401);
    await expect.poll(() => page.locator('#user-1376016924426111111 ul.tokens li.expired').count()).toBe(1);
  });

  it('expire refresh token: the next refresh fails with KOE322', async () => {
    const tokens = await t.login();
    const page = await t.open();
    await page.getByRole('button', { name: /Expire refresh token: 민준/ }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('Refresh tokens expired: 1');
    const error = await caught(refreshTokens(t.client, tokens));
    expect(error).toBeInstanceOf(KakaoAuthError);
    expect((error as KakaoAuthError).errorCode).toBe('KOE322');
  });

  it('revoke a consent: the link loses it and /v2/user/me stops sending the email', async () => {
    const tokens = await t.login();
    const page = await t.open();
    await page.getByRole('button', { name: /Revoke consent: account_email — 민준/ }).click();
    await expect
      .poll(() => page.locator('#status').textContent())
      .toContain('Consent revoked: account_email');
    const link = getLink(t.kakao.emulator.state, DEFAULT_APP.id, MINJUN);
    expect(link?.agreedScopes.has('account_email')).toBe(false);
    const me = await getUser(t.client, { accessToken: tokens.accessToken });
    expect(me.kakao_account?.email).toBeUndefined();
    // The status line is written before the user's card is redrawn: wait for the redraw.
    await expect
      .poll(() => page.getByRole('button', { name: /Revoke consent: account_email — 민준/ }).count())
      .toBe(0);
  });

  it('disconnect: the link and tokens go, the webhook receives the call, and its answer is shown', async () => {
    const tokens = await t.login();
    const page = await t.open();
    await page.getByRole('button', { name: /Disconnect: 민준/ }).click();
    await expect.poll(() => t.webhook.calls.length).toBe(1);
    const [call] = t.webhook.calls;
    expect(call?.authorization).toBe(`KakaoAK ${DEFAULT_APP.adminKey}`);
    expect(call?.form.get('user_id')).toBe(MINJUN);
    expect(call?.form.get('referrer_type')).toBe('UNLINK_FROM_APPS');
    expect(getLink(t.kakao.emulator.state, DEFAULT_APP.id, MINJUN)).toBeUndefined();
    const error = await caught(getUser(t.client, { accessToken: tokens.accessToken }));
    expect((error as KakaoApiError).apiCode).toBe(-401);
    const row = page.locator('#webhooks-live tbody tr').first();
    await expect.poll(() => row.textContent()).toContain('HTTP 200');
    expect(await row.textContent()).toContain('ok-from-app');
    const deliveries = (await t.control('/webhooks')).deliveries as { status: number; answer: string }[];
    expect(deliveries).toMatchObject([{ status: 200, answer: 'ok-from-app' }]);
  });

  it('clock +1 h / +6 h / +31 days, key rotation', async () => {
    const page = await t.open();
    const before = (await t.control('/clock')).now as number;
    await page.getByRole('button', { name: 'Advance clock +1 h' }).click();
    await expect
      .poll(async () => (await t.control('/clock')).now as number)
      .toBeGreaterThanOrEqual(before + 3_600_000);
    await page.getByRole('button', { name: 'Advance clock +31 days' }).click();
    await expect
      .poll(async () => (await t.control('/clock')).now as number)
      .toBeGreaterThanOrEqual(before + 32 * 86_400_000 - 23 * 3_600_000);
    const shown = new Date((await t.control('/clock')).now as number).toISOString().slice(0, 10);
    await expect.poll(() => page.locator('#clock-now').textContent()).toContain(shown);
    const { kid: old } = await t.kakao.emulator.state.keys.current();
    await page.getByRole('button', { name: /Rotate keys/ }).click();
    await expect.poll(async () => (await t.kakao.emulator.state.keys.current()).kid).not.toBe(old);
    const { kid } = await t.kakao.emulator.state.keys.current();
    await expect.poll(() => page.locator('#keys-live').textContent()).toContain(kid);
    const jwks = (await (await fetch(`${t.kakao.authUrl}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys[0]?.kid).toBe(kid);
  });

  it('faults: arm from the form (the next token call fails), see it listed, disarm', async () => {
    const page = await t.open();
    await page.locator('#fault-path').fill('/oauth/token');
    await page.locator('#fault-kind').selectOption('koe');
    await page.locator('#fault-value').fill('KOE237');
    await page.locator('#fault-count').fill('2');
    await page.locator('#fault-arm').click();
    await expect.poll(() => page.locator('#faults-live').textContent()).toContain('2 left');
    expect((await t.control('/faults')).faults).toMatchObject([
      { match: { path: '/oauth/token' }, action: { kind: 'koe', errorCode: 'KOE237' }, remaining: 2 },
    ]);
    const error = await caught(t.login());
    expect((error as KakaoAuthError).errorCode).toBe('KOE237');
    await t.control('/faults', { match: { path: '/v2/user/me' }, action: { kind: 'drop' } });
    await page.getByRole('button', { name: /Disarm fault \d+: \/oauth\/token/ }).click();
    await expect
      .poll(async () =>
        ((await t.control('/faults')).faults as { match: { path: string } }[]).map((f) => f.match.path),
      )
      .toEqual(['/v2/user/me']);
    await page.getByRole('button', { name: /Disarm all/ }).click();
    await expect.poll(async () => ((await t.control('/faults')).faults as unknown[]).length).toBe(0);
    await expect.poll(() => page.locator('#faults-live').textContent()).toContain('No fault armed');
  });

  it('apps: edit redirect URIs, OIDC, consent items and the secret switch', async () => {
    const page = await t.open();
    await page.getByLabel(/Redirect URIs/).fill('http://127.0.0.1:4000/cb\nhttp://localhost:4000/cb');
    await page.getByLabel(/OpenID Connect on/).uncheck();
    await page.getByLabel(/Require client secret/).check();
    await page.locator('#app-0-item-account_email').selectOption('required');
    await page.locator('#app-0-item-talk_message').selectOption('off');
    await page.locator('#app-0-save').click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('Saved');
    const [app] = (await t.control('/config')).apps as {
      redirectUris: string[];
      oidc: boolean;
      clientSecret: { enabled: boolean; value: string };
      consentItems: { id: string; required: boolean }[];
    }[];
    expect(app?.redirectUris).toEqual(['http://127.0.0.1:4000/cb', 'http://localhost:4000/cb']);
    expect(app?.oidc).toBe(false);
    expect(app?.clientSecret.enabled).toBe(true);
    expect(app?.clientSecret.value).toBe(DEFAULT_APP.clientSecret.value);
    expect(app?.consentItems.find((i) => i.id === 'account_email')?.required).toBe(true);
    expect(app?.consentItems.some((i) => i.id === 'talk_message')).toBe(false);
    await expect(page.getByLabel(/OpenID Connect on/).isChecked()).resolves.toBe(false);
  });

  it('users: add one from the form', async () => {
    const page = await t.open();
    await page.locator('#new-user-id').fill('1376016924426777777');
    await page.locator('#new-user-nickname').fill('도윤');
    await page.locator('#new-user-email').fill('doyun@example.com');
    await page.locator('#new-user-gender').selectOption('male');
    await page.locator('#add-user-submit').click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('User added: 도윤');
    const user = t.kakao.emulator.state.users.get('1376016924426777777');
    expect(user).toMatchObject({ nickname: '도윤', email: 'doyun@example.com', gender: 'male' });
    await expect(page.locator('#user-1376016924426777777').textContent()).resolves.toContain('도윤');
  });

  it("a refused action shows the emulator's reason", async () => {
    await t.control('/seed', { users: [{ id: '1376016924426888888', nickname: 'x' }] });
    const page = await t.open();
    await page.locator('#new-user-id').fill('1376016924426888889');
    await page.locator('#new-user-nickname').fill('y');
    await page.locator('#new-user-gender').evaluate((el) => {
      const option = document.createElement('option');
      option.value = 'other';
      el.append(option);
      (el as HTMLSelectElement).value = 'other';
    });
    await page.locator('#add-user-submit').click();
    await expect.poll(() => page.locator('#status.error').textContent()).toContain('users[0].gender must be');
  });
});
