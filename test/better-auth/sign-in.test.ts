/**
 * kakao-oauth/better-auth with the real Better Auth: sign-in with PKCE, nonce and a verified
 * id_token, the exact 64-bit id stored, native-app id_token sign-in, a forged id_token refused.
 */
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { describe, expect, it } from 'vitest';
import { exchangeCode, generateNonce } from '../../src/index.js';
import { autoCode } from '../emulator/helpers.js';
import { emulatorKid, forgeIdToken } from '../support/frameworks.js';
import { APP, fixture, MINJUN, postJson } from './fixture.js';

describe('kakao-oauth/better-auth: sign-in', () => {
  it('signs in with PKCE + nonce, verifies the id_token and stores the exact 64-bit id', async () => {
    const f = await fixture();
    const callback = await f.signIn();
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');

    const authorize = f.emulator.state.log.find((entry) => entry.path === '/oauth/authorize');
    expect(authorize?.params.code_challenge_method).toBe('S256');
    expect(authorize?.params.nonce).toBeTruthy();
    expect(authorize?.params.scope?.split(/[ ,]/)).toContain('openid');
    const token = f.emulator.state.log.find((entry) => entry.path === '/oauth/token');
    expect(token?.params.code_verifier).toBeTruthy();

    expect(f.db.account?.[0]).toMatchObject({ providerId: 'kakao', accountId: MINJUN });
    expect(typeof f.db.account?.[0]?.idToken).toBe('string');
    const session = (await (await f.send(`${APP}/api/auth/get-session`)).json()) as {
      user: Record<string, unknown>;
    };
    expect(session.user).toMatchObject({ name: '민준' });
    // The managed tokens are keyed by the exact id too.
    expect((await f.tokens.getTokens(MINJUN)).accessToken).toBe(f.db.account?.[0]?.accessToken);
  });

  it("signs in with a native app's id_token (Better Auth's idToken path), nonce checked", async () => {
    const f = await fixture();
    const nonce = generateNonce();
    const set = await exchangeCode(f.kakao, {
      code: await autoCode(f.emulator, {
        redirect_uri: 'http://localhost:3000/api/auth/callback/kakao',
        nonce,
        scope: 'openid,account_email,profile_nickname',
      }),
      redirectUri: 'http://localhost:3000/api/auth/callback/kakao',
    });
    const signedIn = await f.send(
      `${APP}/api/auth/sign-in/social`,
      postJson({ provider: 'kakao', idToken: { token: set.idToken, nonce, accessToken: set.accessToken } }),
    );
    expect(signedIn.status).toBe(200);
    expect(f.db.account?.[0]).toMatchObject({ providerId: 'kakao', accountId: MINJUN });
    const wrongNonce = await f.send(
      `${APP}/api/auth/sign-in/social`,
      postJson({ provider: 'kakao', idToken: { token: set.idToken, nonce: 'another-nonce' } }),
    );
    expect(wrongNonce.status).toBe(401);
    expect(await wrongNonce.json()).toMatchObject({ code: 'ID_TOKEN_NONCE_MISMATCH' });

    // Next to it, Better Auth's stock Kakao provider: it has no id_token verifier, so the same
    // request is refused as unsupported.
    const stock = betterAuth({
      baseURL: APP,
      secret: 'a-better-auth-test-secret-of-32-chars',
      database: memoryAdapter({ user: [], session: [], account: [], verification: [] }),
      socialProviders: { kakao: { clientId: f.kakao.restApiKey, clientSecret: 'unused' } },
      logger: { disabled: true },
    });
    const refused = await stock.handler(
      new Request(
        `${APP}/api/auth/sign-in/social`,
        postJson({ provider: 'kakao', idToken: { token: set.idToken, nonce } }),
      ),
    );
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ code: 'ID_TOKEN_NOT_SUPPORTED' });
  });

  it('refuses a forged id_token (signed by another key) with the check that failed', async () => {
    const f = await fixture();
    const now = Math.floor(Date.now() / 1000);
    const forged = await forgeIdToken(
      {
        iss: f.kakao.issuer,
        aud: f.kakao.restApiKey,
        sub: MINJUN,
        iat: now,
        exp: now + 3600,
        auth_time: now,
        email: 'attacker@example.com',
      },
      await emulatorKid(f.emulator),
    );
    const refused = await f.send(
      `${APP}/api/auth/sign-in/social`,
      postJson({ provider: 'kakao', idToken: { token: forged } }),
    );
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'ID_TOKEN_SIGNATURE' });
    expect(f.db.account).toEqual([]);
    expect(f.db.session).toEqual([]);
  });
});
