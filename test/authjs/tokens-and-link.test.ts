/**
 * kakaoAuthJs with the real `@auth/core` (JWT sessions) against the emulator: Kakao's tokens in the
 * token manager (not in the cookie), parallel calls during a rotation → one refresh, sign-out and
 * unlink that reach Kakao, the unlink webhook ending the Auth.js session, KOE322 → sign in again.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../src/emulator/index.js';
import { getUser, KakaoAuthError } from '../../src/index.js';
import { KakaoSignInRequiredError } from '../../src/tokens/index.js';
import { apiCodeOf, disconnectUser, unlinkNotification } from '../support/frameworks.js';
import { INTO_ROTATION_MS, PAST_ACCESS_LIFE_MS, refreshesIn } from '../tokens/support/kakao.js';
import { APP, MINJUN, postForm, type Run, SECRET, setUp, signIn, WEBHOOK } from './fixture.js';

async function signedIn(): Promise<Run & { kakao: NonNullable<Run['kakao']>; accessToken: string }> {
  const run = await setUp({ hooks: true });
  const { session } = await signIn(run);
  expect(run.errors).toEqual([]);
  expect(session?.kakaoId).toBe(MINJUN);
  return { ...run, kakao: run.kakao!, accessToken: await run.tokens.getAccessToken(MINJUN) };
}

function expireAtKakao(run: Run, kind: 'access' | 'refresh') {
  return run.emulator.fetch(
    new Request(`${run.emulator.authUrl}/__emulator/tokens/expire`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: MINJUN, kind }),
    }),
  );
}

describe('kakaoAuthJs: tokens, sign-out, unlink, webhook (JWT sessions)', () => {
  it('sign-in saves the token set under the exact Kakao id; the cookie carries the id, no token', async () => {
    const run = await signedIn();
    const set = await run.tokens.getTokens(MINJUN);
    expect(set.accessToken).toBe(run.accounts[0]!.access_token);
    expect(set.refreshToken).toBe(run.accounts[0]!.refresh_token);
    expect((await getUser(run.client, { accessToken: set.accessToken })).id).toBe(MINJUN);
    const { decode } = await import('@auth/core/jwt');
    const cookie = (await run.send(`${APP}/auth/session`)).headers
      .getSetCookie()
      .find((line) => line.startsWith('authjs.session-token='))!;
    const jwt = await decode({
      token: cookie.split(';')[0]!.slice('authjs.session-token='.length),
      secret: SECRET,
      salt: 'authjs.session-token',
    });
    expect(jwt?.kakaoId).toBe(MINJUN);
    expect(JSON.stringify(jwt)).not.toContain(set.accessToken);
    expect(JSON.stringify(jwt)).not.toContain(String(set.refreshToken));
  });

  it('parallel kapi calls during a rotation: one refresh at Kakao, both callers served', async () => {
    const run = await signedIn();
    run.emulator.state.clock.advance(INTO_ROTATION_MS + PAST_ACCESS_LIFE_MS);
    const session = await run.session();
    const me = (accessToken: string) => getUser(run.client, { accessToken });
    const [a, b] = await Promise.all([run.kakao.call(session, me), run.kakao.call(session, me)]);
    expect([a.id, b.id]).toEqual([MINJUN, MINJUN]);
    expect(refreshesIn(run.emulator.state.log)).toEqual([{ status: 200, errorCode: undefined }]);
    expect((await run.tokens.getTokens(MINJUN)).refreshToken).not.toBe(run.accounts[0]!.refresh_token);
  });

  it('sign-out logs the Kakao token out: it then answers -401, and the entry is gone', async () => {
    const run = await signedIn();
    const out = await postForm(run, '/auth/signout', { callbackUrl: APP });
    expect(out.status).toBe(302);
    expect(run.emulator.state.log.some((entry) => entry.path === '/v1/user/logout')).toBe(true);
    expect(await apiCodeOf(getUser(run.client, { accessToken: run.accessToken }))).toBe(-401);
    await expect(run.tokens.getTokens(MINJUN)).rejects.toMatchObject({ reason: 'no_tokens' });
    expect(await run.session()).toBeNull();
  });

  it('unlink reaches Kakao (the link is gone there) and ends the Auth.js session', async () => {
    const run = await signedIn();
    await run.kakao.unlink(await run.session());
    expect(run.emulator.state.log.some((entry) => entry.path === '/v1/user/unlink')).toBe(true);
    expect(await apiCodeOf(getUser(run.client, { userId: MINJUN }))).toBe(-101);
    expect(await run.session()).toBeNull();
    await run.kakao.unlink(MINJUN); // again: nothing left to undo, no error (the admin key answers -101)
  });

  it('unlink webhook: a wrong admin key gets 401; Kakao’s notification ends the Auth.js session', async () => {
    const run = await signedIn();
    const forged = await run.kakao.unlinkWebhook(
      new Request(WEBHOOK, {
        method: 'POST',
        headers: { authorization: 'KakaoAK wrong-key', 'content-type': 'application/x-www-form-urlencoded' },
        body: `user_id=${MINJUN}&referrer_type=UNLINK_FROM_APPS`,
      }),
    );
    expect(forged.status).toBe(401);
    expect((await run.session())?.kakaoId).toBe(MINJUN);
    // The user disconnects the app in Kakao; the emulator calls the webhook with the admin key.
    await disconnectUser(run.emulator, MINJUN);
    await expect.poll(() => run.session()).toBeNull();
    // Kakao may deliver it again: a repeat answers 200 and changes nothing.
    const again = await run.kakao.unlinkWebhook(
      new Request(`${WEBHOOK}?user_id=${MINJUN}&referrer_type=UNLINK_FROM_APPS`, {
        headers: { authorization: `KakaoAK ${DEFAULT_APP.adminKey}` },
      }),
    );
    expect(again.status).toBe(200);
  });

  it('unlink webhook: a failing onUnlinked still answers Kakao 200, and the session ends', async () => {
    const run = await setUp({
      hooks: true,
      onUnlinked: () => Promise.reject(new Error('the app database is down')),
    });
    await signIn(run);
    expect((await run.session())?.kakaoId).toBe(MINJUN);
    const response = await run.kakao!.unlinkWebhook(unlinkNotification(WEBHOOK));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(await run.session()).toBeNull();
  });

  it('KOE322: a dead refresh token is a typed "sign in again" error, and the session ends', async () => {
    const run = await signedIn();
    const session = await run.session();
    await expireAtKakao(run, 'refresh');
    run.emulator.state.clock.advance(PAST_ACCESS_LIFE_MS);
    const error = await run.kakao.getAccessToken(session).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(KakaoSignInRequiredError);
    expect(error).toMatchObject({ code: 'sign_in_required', reason: 'refresh_token_invalid' });
    expect((error as Error).cause).toBeInstanceOf(KakaoAuthError);
    expect((error as { cause: KakaoAuthError }).cause.errorCode).toBe('KOE322');
    expect(await run.session()).toBeNull();
  });

  it('KOE322 met by the session read itself ends the session (Auth.js clears the cookie)', async () => {
    const run = await signedIn();
    await expireAtKakao(run, 'refresh');
    run.emulator.state.clock.advance(PAST_ACCESS_LIFE_MS);
    expect(await run.session()).toBeNull();
    expect(refreshesIn(run.emulator.state.log)).toEqual([{ status: 400, errorCode: 'KOE322' }]);
    expect(run.errors).toEqual([]); // ended as designed, not as a JWTSessionError
  });
});
