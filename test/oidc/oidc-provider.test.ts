// Our OIDC code against an independent, certified OpenID Provider (oidc-provider 8) configured
// with Kakao's paths and client_secret_post: code + PKCE + nonce, id_token verification, refresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKakaoClient, getDiscovery, type KakaoClient, verifyIdToken } from '../../src/index.js';
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

function random(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...data))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

async function tokenRequest(params: Record<string, string>) {
  const response = await fetch(`${op.issuer}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams({ client_id: OP_CLIENT_ID, client_secret: OP_CLIENT_SECRET, ...params }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { id_token: string; access_token: string; refresh_token?: string };
}

async function login(nonce: string) {
  const state = random(16);
  const codeVerifier = random();
  const url = new URL(`${op.issuer}/oauth/authorize`);
  url.search = new URLSearchParams({
    client_id: OP_CLIENT_ID,
    redirect_uri: OP_REDIRECT_URI,
    response_type: 'code',
    scope: 'openid profile email',
    state,
    nonce,
    code_challenge: await s256(codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  const callback = await followToCallback(url, OP_REDIRECT_URI);
  expect(callback.searchParams.get('state')).toBe(state);
  const code = callback.searchParams.get('code')!;
  return tokenRequest({
    grant_type: 'authorization_code',
    code,
    redirect_uri: OP_REDIRECT_URI,
    code_verifier: codeVerifier,
  });
}

describe('against oidc-provider (a certified OP dressed as Kakao)', () => {
  it('validates its discovery document (issuer equality, Kakao paths)', async () => {
    const discovery = await getDiscovery(kakao);
    expect(discovery.issuer).toBe(op.issuer);
    expect(discovery.jwksUri).toBe(`${op.issuer}/.well-known/jwks.json`);
    expect(discovery.tokenEndpoint).toBe(`${op.issuer}/oauth/token`);
    expect(discovery.userinfoEndpoint).toBe(`${op.issuer}/v1/oidc/userinfo`);
  });

  it('completes code + PKCE + nonce and verifies the id_token it issues', async () => {
    const nonce = random(16);
    const tokens = await login(nonce);
    const claims = await verifyIdToken(kakao, tokens.id_token, { nonce });
    expect(claims.sub).toBe(OP_USER_ID);
    expect(claims.aud).toBe(OP_CLIENT_ID);
    expect(claims.iss).toBe(op.issuer);
    expect(claims.nonce).toBe(nonce);
    expect(typeof claims.auth_time).toBe('number');
    expect(claims.nickname).toBe(OP_PROFILE.nickname);
    await expect(verifyIdToken(kakao, tokens.id_token, { nonce: random(16) })).rejects.toMatchObject({
      code: 'ID_TOKEN_NONCE_MISMATCH',
    });
  });

  it('refreshes and verifies the refreshed id_token (which keeps the original nonce)', async () => {
    const nonce = random(16);
    const first = await login(nonce);
    expect(first.refresh_token).toBeTruthy();
    const refreshed = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token!,
    });
    expect(refreshed.id_token).not.toBe(first.id_token);
    const claims = await verifyIdToken(kakao, refreshed.id_token, { nonce });
    expect(claims.sub).toBe(OP_USER_ID);
  });

  it('refuses the id_token for another audience', async () => {
    const tokens = await login('n-aud');
    const otherApp = createKakaoClient({ restApiKey: 'another-app', authUrl: op.issuer, retry: false });
    await expect(verifyIdToken(otherApp, tokens.id_token, { nonce: 'n-aud' })).rejects.toMatchObject({
      code: 'ID_TOKEN_AUD',
    });
  });
});
