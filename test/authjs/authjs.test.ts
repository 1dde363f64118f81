/**
 * kakao-oauth/authjs with the real `@auth/core` against the emulator in-process (the provider's
 * `fetch` is the emulator's handler): sign-in with OIDC (issuer, JWKS, PKCE, state, nonce), the
 * exact 64-bit id, a forged id_token refused where the stock OIDC path accepts it, KOE010 with its
 * meaning.
 */
import { describe, expect, it } from 'vitest';
import { armFault } from '../../src/emulator/index.js';
import type { KakaoAuthError } from '../../src/index.js';
import { APP, MINJUN, setUp, signIn } from './fixture.js';

describe('kakao-oauth/authjs with @auth/core', () => {
  it('signs in with OIDC (issuer, PKCE, state, nonce) and keeps the exact 64-bit id', async () => {
    const run = await setUp();
    const { authorizeUrl, callback, session } = await signIn(run);
    expect(run.errors).toEqual([]);
    expect(callback.headers.get('location')).toBe(APP);
    const query = authorizeUrl.searchParams;
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('nonce')).toBeTruthy();
    expect(query.get('state')).toBeTruthy();
    expect(query.get('scope')?.split(' ')).toContain('openid');
    expect(run.accounts[0]).toMatchObject({ provider: 'kakao', type: 'oidc', providerAccountId: MINJUN });
    expect(session?.user).toMatchObject({ name: '민준' });
  });

  it("refuses a forged id_token; Auth.js's own OIDC path (no signature check) accepts it", async () => {
    const ours = await setUp({ forge: true });
    const refused = await signIn(ours);
    expect(refused.callback.headers.get('location')).not.toBe(APP);
    expect(refused.session).toBeNull();
    expect(ours.accounts).toEqual([]);
    expect(
      JSON.stringify(
        ours.errors.map((error) => [
          error.name,
          String(error.cause && (error.cause as { err?: unknown }).err),
        ]),
      ),
    ).toContain('signature');
    const stock = await setUp({ forge: true, stockCheck: true });
    const accepted = await signIn(stock);
    expect(accepted.callback.headers.get('location')).toBe(APP);
    expect(accepted.session?.user).toMatchObject({ email: 'attacker@example.com' });
  });

  it('KOE010: a wrong client secret reaches the logger as KakaoAuthError with its meaning', async () => {
    const run = await setUp({
      appSecret: 'the-real-secret-of-the-app-00000',
      clientSecret: 'a-wrong-secret',
    });
    const { callback } = await signIn(run);
    expect(callback.headers.get('location')).toContain('/auth/error');
    const cause = (run.errors[0] as { cause?: { err?: KakaoAuthError } }).cause?.err;
    expect(cause?.errorCode).toBe('KOE010');
    expect(cause?.message).toMatch(/secret/i);
    expect(JSON.stringify(run.errors[0])).not.toContain('a-wrong-secret');
  });

  it('a token error whose description echoes the client secret: the thrown KakaoAuthError omits it', async () => {
    // Short and with "~": neither a `secret=…` pair nor token-like, so only the secrets list removes it.
    const clientSecret = 'wrong~secret~42!';
    const run = await setUp({ clientSecret });
    armFault(
      run.emulator.state,
      { path: '/oauth/token' },
      {
        kind: 'koe',
        error: 'invalid_client',
        errorCode: 'KOE010',
        description: `Bad client credentials (got ${clientSecret})`,
      },
    );
    const { callback } = await signIn(run);
    expect(callback.headers.get('location')).toContain('/auth/error');
    const cause = (run.errors[0] as { cause?: { err?: KakaoAuthError } }).cause?.err;
    expect(cause?.errorCode).toBe('KOE010');
    expect(cause?.errorDescription).toContain('[redacted]');
    for (const text of [
      cause?.message,
      cause?.errorDescription,
      JSON.stringify(cause),
      JSON.stringify(run.errors[0]),
    ]) {
      expect(text).not.toContain(clientSecret);
    }
  });
});
