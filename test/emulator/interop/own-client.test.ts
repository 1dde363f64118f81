/**
 * Our own client (kakao-oauth core) end to end against the emulator, in-process: the emulator's
 * handler is the client's `fetch`, and both share the emulator's clock.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY } from '../../../src/emulator/index.js';
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateNonce,
  generatePkce,
  generateState,
  KakaoAuthError,
  parseCallback,
  refreshTokens,
  verifyIdToken,
} from '../../../src/index.js';
import { testEmulator } from '../helpers.js';

async function setup() {
  const emulator = await testEmulator({ autoLogin: true });
  const kakao = createKakaoClient({
    restApiKey: DEFAULT_REST_API_KEY,
    redirectUri: DEFAULT_REDIRECT_URI,
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    fetch: emulator.fetch,
    clock: () => emulator.state.clock.now(),
    retry: false,
  });
  return { emulator, kakao };
}

async function login(setupResult: Awaited<ReturnType<typeof setup>>) {
  const { emulator, kakao } = setupResult;
  const state = generateState();
  const nonce = generateNonce();
  const pkce = await generatePkce();
  const url = buildAuthorizationUrl(kakao, {
    scope: ['openid'],
    state,
    nonce,
    codeChallenge: pkce.codeChallenge,
  });
  const redirect = await emulator.fetch(new Request(url));
  const { code } = parseCallback(redirect.headers.get('location')!, { expectedState: state });
  return {
    tokens: await exchangeCode(kakao, { code, codeVerifier: pkce.codeVerifier }, { nonce }),
    code,
    pkce,
    nonce,
  };
}

describe('kakao-oauth client against the emulator', () => {
  it('authorize → callback → exchangeCode (id_token verified with nonce) → refresh → verifyIdToken', async () => {
    const ctx = await setup();
    const { tokens } = await login(ctx);
    expect(tokens.idTokenClaims?.sub).toBe('1376016924426111111');
    expect(tokens.scopes).toContain('openid');
    expect(tokens.accessTokenExpiresAt).toBe(ctx.emulator.state.clock.now() + 21_600_000);
    const refreshed = await refreshTokens(ctx.kakao, tokens);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
    const claims = await verifyIdToken(ctx.kakao, refreshed.idToken!);
    expect(claims.nonce).toBeUndefined();
  });

  it('keeps the rotated refresh token once fewer than 30 days remain', async () => {
    const ctx = await setup();
    const { tokens } = await login(ctx);
    ctx.emulator.state.clock.advance(31 * 86_400_000);
    const rotated = await refreshTokens(ctx.kakao, tokens);
    expect(rotated.refreshToken).not.toBe(tokens.refreshToken);
    await expect(refreshTokens(ctx.kakao, tokens)).rejects.toMatchObject({ errorCode: 'KOE322' });
  });

  it('maps a reused code to KakaoAuthError KOE320', async () => {
    const ctx = await setup();
    const { code, pkce } = await login(ctx);
    const reuse = exchangeCode(ctx.kakao, { code, codeVerifier: pkce.codeVerifier });
    await expect(reuse).rejects.toBeInstanceOf(KakaoAuthError);
    await expect(exchangeCode(ctx.kakao, { code, codeVerifier: pkce.codeVerifier })).rejects.toMatchObject({
      errorCode: 'KOE320',
    });
  });

  it('verifies id_tokens across a key rotation (refetch on unknown kid)', async () => {
    const ctx = await setup();
    const { tokens, nonce } = await login(ctx);
    await verifyIdToken(ctx.kakao, tokens.idToken!, { nonce });
    await ctx.emulator.state.keys.rotate();
    ctx.emulator.state.clock.advance(31_000); // past the client's JWKS refetch cooldown
    const next = await refreshTokens(ctx.kakao, tokens);
    expect((await verifyIdToken(ctx.kakao, next.idToken!)).sub).toBe('1376016924426111111');
  });
});
