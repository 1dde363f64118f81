/**
 * kakao-oauth/better-auth with the real Better Auth: parallel refreshes during a rotation, sign-out
 * and unlink that reach Kakao, the unlink webhook, and Kakao's errors with their meaning.
 */
import { describe, expect, it } from 'vitest';
import { armFault } from '../../src/emulator/index.js';
import { describeAnyKoe, getUser } from '../../src/index.js';
import { apiCodeOf, disconnectUser } from '../support/frameworks.js';
import { INTO_ROTATION_MS, PAST_ACCESS_LIFE_MS, refreshesIn } from '../tokens/support/kakao.js';
import { APP, type Fixture, fixture, MINJUN, postJson } from './fixture.js';

/** Makes Better Auth see the stored access token as expired (it checks with the real clock). */
function expireInBetterAuth(f: Fixture): void {
  f.db.account![0]!.accessTokenExpiresAt = new Date(Date.now() - 60_000);
}

describe('kakao-oauth/better-auth: tokens, sign-out, unlink, webhook, errors', () => {
  it('parallel refreshes during a rotation: one refresh at Kakao, both callers served', async () => {
    const f = await fixture({ tokenDelayMs: 150 });
    await f.signIn();
    f.emulator.state.clock.advance(INTO_ROTATION_MS + PAST_ACCESS_LIFE_MS);
    expireInBetterAuth(f);
    const before = f.db.account![0]!.refreshToken;
    const [a, b] = await Promise.all([
      f.send(`${APP}/api/auth/get-access-token`, postJson({ accountId: f.db.account![0]!.id })),
      f.send(`${APP}/api/auth/get-access-token`, postJson({ accountId: f.db.account![0]!.id })),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [ta, tb] = (await Promise.all([a.json(), b.json()])) as { accessToken: string }[];
    expect(ta!.accessToken).toBe(tb!.accessToken);
    expect(refreshesIn(f.emulator.state.log)).toEqual([{ status: 200, errorCode: undefined }]);
    expect(f.db.account![0]!.refreshToken).not.toBe(before); // rotated and stored
    expect((await getUser(f.kakao, { accessToken: ta!.accessToken })).id).toBe(MINJUN);
  });

  it('sign-out logs the Kakao token out: it then answers -401', async () => {
    const f = await fixture();
    await f.signIn();
    const accessToken = String(f.db.account![0]!.accessToken);
    const out = await f.send(`${APP}/api/auth/sign-out`, { method: 'POST', headers: { origin: APP } });
    expect(out.status).toBe(200);
    expect(f.emulator.state.log.some((entry) => entry.path === '/v1/user/logout')).toBe(true);
    expect(await apiCodeOf(getUser(f.kakao, { accessToken }))).toBe(-401);
    expect(f.db.session).toEqual([]);
  });

  it('sign-out while Kakao fails the logout: signed out all the same, the failure logged as a warning', async () => {
    const f = await fixture();
    await f.signIn();
    armFault(f.emulator.state, { path: '/v1/user/logout' }, { kind: 'status', status: 503 }, 5);
    const out = await f.send(`${APP}/api/auth/sign-out`, { method: 'POST', headers: { origin: APP } });
    expect(out.status).toBe(200);
    expect(f.db.session).toEqual([]);
    expect(f.warnings.some((message) => message.startsWith('Kakao logout failed'))).toBe(true);
    await expect(f.tokens.getTokens(MINJUN)).rejects.toMatchObject({ reason: 'no_tokens' });
  });

  it('unlink reaches Kakao (the link is gone there) and removes the account and sessions', async () => {
    const f = await fixture();
    await f.signIn();
    const response = await f.send(`${APP}/api/auth/kakao/unlink`, {
      method: 'POST',
      headers: { origin: APP },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unlinked: true, kakaoId: MINJUN });
    expect(await apiCodeOf(getUser(f.kakao, { userId: MINJUN }))).toBe(-101);
    expect(f.db.account).toEqual([]);
    expect(f.db.session).toEqual([]);
  });

  it('unlink webhook (KakaoAK checked) removes the Better Auth account and sessions', async () => {
    const f = await fixture();
    await f.signIn();
    const forged = await f.auth.handler(
      new Request(`${APP}/api/auth/kakao/unlink-webhook`, {
        method: 'POST',
        headers: { authorization: 'KakaoAK wrong-key', 'content-type': 'application/x-www-form-urlencoded' },
        body: `user_id=${MINJUN}&referrer_type=UNLINK_FROM_APPS`,
      }),
    );
    expect(forged.status).toBe(401);
    expect(f.db.account).toHaveLength(1);
    // The user disconnects the app in Kakao; the emulator calls the webhook with the admin key.
    await disconnectUser(f.emulator, MINJUN);
    await expect.poll(() => f.db.account?.length).toBe(0);
    expect(f.db.session).toEqual([]);
    const session = await f.send(`${APP}/api/auth/get-session`);
    expect(await session.json()).toBeNull();
  });

  it('KOE322: a dead refresh token answers "sign in again" with Kakao’s code, not a generic failure', async () => {
    const f = await fixture();
    await f.signIn();
    await f.tokens.remove(MINJUN); // the manager re-seeds from the stored refresh token
    f.db.account![0]!.refreshToken = 'revoked-refresh-token';
    expireInBetterAuth(f);
    const response = await f.send(
      `${APP}/api/auth/get-access-token`,
      postJson({ accountId: f.db.account![0]!.id }),
    );
    const body = (await response.json()) as { code: string; message: string };
    // 401, not the route's generic 400: the user must sign in again. Code and message are Kakao's.
    expect(response.status).toBe(401);
    expect(body.code).toBe('KOE322');
    expect(body.message).toMatch(/sign in/i);
    // The same on the server-side API (auth.api.*): the thrown APIError says 401 and KOE322.
    await f.tokens.remove(MINJUN);
    const thrown = await f.auth.api
      .getAccessToken({
        body: { accountId: String(f.db.account![0]!.id) },
        headers: new Headers({ cookie: f.jar.header() }),
      })
      .catch((error: unknown) => error);
    expect(thrown).toMatchObject({ statusCode: 401, body: { code: 'KOE322' } });
  });

  it('KOE010: a wrong client secret comes back on the error redirect with its meaning', async () => {
    const f = await fixture({
      appSecret: 'the-real-secret-of-the-app-00000',
      clientSecret: 'a-wrong-secret',
    });
    const callback = await f.signIn();
    const location = new URL(callback.headers.get('location')!, APP);
    expect(location.searchParams.get('error')).toBe('KOE010');
    expect(location.searchParams.get('error_description')).toMatch(/secret/i);
    expect(location.href).not.toContain('a-wrong-secret');
  });

  it('KOE205: asking for account_email on an app without that consent item stops at Kakao', async () => {
    const f = await fixture({
      scope: ['account_email'],
      consentItems: ['profile_nickname', 'profile_image'],
    });
    const started = await f.send(
      `${APP}/api/auth/sign-in/social`,
      postJson({ provider: 'kakao', callbackURL: '/' }),
    );
    const { url } = (await started.json()) as { url: string };
    const page = await f.emulator.fetch(new Request(url));
    expect(await page.text()).toContain('KOE205');
    // The user never comes back to the app; the meaning is for the developer reading the page.
    expect(describeAnyKoe('KOE205')?.hint).toMatch(/consent items/i);
  });
});
