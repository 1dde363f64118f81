// Our client + OIDC code against an independent, certified OpenID Provider (oidc-provider 8)
// configured with Kakao's paths and client_secret_post: code + PKCE + nonce, id_token
// verification, refresh, userinfo — all through our public functions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateNonce,
  generatePkce,
  generateState,
  getDiscovery,
  getOidcUserInfo,
  KakaoAuthError,
  type KakaoClient,
  type KakaoIdTokenClaims,
  KakaoIdTokenError,
  parseCallback,
  refreshTokens,
  verifyIdToken,
  withVerifiedIdToken,
} from '../../src/index.js';
import { followToCallback } from './support/browser-fetch.js';
import {
  type KakaoLikeOp,
  OP_CLIENT_ID,
  OP_CLIENT_SECRET,
  OP_PROFILE,
  OP_REDIRECT_URI,
  OP_USER_ID,
  startKakaoLikeOp,
} from './support/kakao-like-op.js';

let op: KakaoLikeOp;
let kakao: KakaoClient;

beforeAll(async () => {
  op = await startKakaoLikeOp();
  kakao = createKakaoClient({
    restApiKey: OP_CLIENT_ID,
    clientSecret: OP_CLIENT_SECRET,
    redirectUri: OP_REDIRECT_URI,
    authUrl: op.issuer,
    apiUrl: op.issuer,
    retry: false,
  });
});

afterAll(() => op?.close());

/** Logs in through the OP's redirects; our exchangeCode redeems the code and verifies the id_token. */
async function login(nonce: string) {
  const state = generateState();
  const pkce = await generatePkce();
  const url = buildAuthorizationUrl(kakao, {
    scope: ['openid', 'profile', 'email'],
    state,
    nonce,
    codeChallenge: pkce.codeChallenge,
  });
  const callback = await followToCallback(url, OP_REDIRECT_URI);
  const { code } = parseCallback(callback, { expectedState: state });
  return exchangeCode(kakao, { code, codeVerifier: pkce.codeVerifier }, { nonce });
}

describe('against oidc-provider (a certified OP dressed as Kakao)', () => {
  it('validates its discovery document (issuer equality, Kakao paths)', async () => {
    const discovery = await getDiscovery(kakao);
    expect(discovery.issuer).toBe(op.issuer);
    expect(discovery.jwksUri).toBe(`${op.issuer}/.well-known/jwks.json`);
    expect(discovery.tokenEndpoint).toBe(`${op.issuer}/oauth/token`);
    expect(discovery.userinfoEndpoint).toBe(`${op.issuer}/v1/oidc/userinfo`);
    expect(discovery.raw.token_endpoint_auth_methods_supported).toContain('client_secret_post');
  });

  it('completes code + PKCE + nonce and verifies the id_token it issues', async () => {
    const nonce = generateNonce();
    const tokens = await login(nonce);
    const claims = tokens.idTokenClaims as KakaoIdTokenClaims;
    expect(claims.sub).toBe(OP_USER_ID);
    expect(claims.aud).toBe(OP_CLIENT_ID);
    expect(claims.iss).toBe(op.issuer);
    expect(claims.nonce).toBe(nonce);
    expect(typeof claims.auth_time).toBe('number');
    expect(claims.nickname).toBe(OP_PROFILE.nickname);
    expect(tokens.scopes).toContain('openid');
    const wrongNonce = verifyIdToken(kakao, tokens.idToken!, { nonce: generateNonce() });
    await expect(wrongNonce).rejects.toMatchObject({ code: 'ID_TOKEN_NONCE_MISMATCH' });
  });

  it('refreshes and verifies the refreshed id_token (which keeps the original nonce)', async () => {
    const nonce = generateNonce();
    const first = await login(nonce);
    expect(first.refreshToken).toBeTruthy();
    const refreshed = await refreshTokens(kakao, first);
    expect(refreshed.accessToken).not.toBe(first.accessToken);
    expect(refreshed.raw.id_token).toBeTypeOf('string');
    expect(refreshed.idToken).not.toBe(first.idToken);
    const verified = await withVerifiedIdToken(kakao, refreshed, { nonce });
    expect(verified.idTokenClaims?.sub).toBe(OP_USER_ID);
    await expect(verifyIdToken(kakao, refreshed.idToken!)).rejects.toMatchObject({
      code: 'ID_TOKEN_NONCE_UNEXPECTED',
    });
  });

  it('reads OIDC userinfo with the access token; a bad token is an error with status 401', async () => {
    const nonce = generateNonce();
    const tokens = await login(nonce);
    const info = await getOidcUserInfo(kakao, { accessToken: tokens.accessToken });
    expect(info.sub).toBe(OP_USER_ID);
    expect(info.email_verified).toBe(true);
    expect(info.nickname).toBe(OP_PROFILE.nickname);
    const error = await getOidcUserInfo(kakao, { accessToken: 'not-a-token' }).catch((e: unknown) => e);
    // oidc-provider answers RFC 6750 style ({ error: 'invalid_token' }); Kakao answers kapi's -401.
    expect(error).toBeInstanceOf(KakaoAuthError);
    expect(error).toMatchObject({ status: 401, error: 'invalid_token' });
  });

  it('refuses the id_token for another audience', async () => {
    const nonce = generateNonce();
    const tokens = await login(nonce);
    const otherApp = createKakaoClient({ restApiKey: 'another-app', authUrl: op.issuer, retry: false });
    const error = await verifyIdToken(otherApp, tokens.idToken!, { nonce }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KakaoIdTokenError);
    expect(error).toMatchObject({ code: 'ID_TOKEN_AUD' });
  });
});
