/**
 * openid-client 6 (a certified OpenID relying party) as an independent client of the emulator:
 * discovery → PKCE + nonce code flow → id_token validation → refresh → userinfo.
 * jose checks every id_token signature against the emulator's JWKS.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_REDIRECT_URI,
  DEFAULT_REST_API_KEY,
  type RunningEmulator,
  startEmulator,
} from '../../../src/emulator/index.js';
import { cookieOf, hiddenQuery, testKey } from '../helpers.js';

let kakao: RunningEmulator;
let interactive: RunningEmulator;

beforeAll(async () => {
  kakao = await startEmulator({ autoLogin: true, signingKeys: [await testKey()] });
  interactive = await startEmulator({ signingKeys: [await testKey()] });
});
afterAll(async () => {
  await kakao.close();
  await interactive.close();
});

function discover(authUrl: string) {
  return oidc.discovery(new URL(authUrl), DEFAULT_REST_API_KEY, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
}

async function startFlow(config: oidc.Configuration) {
  const verifier = oidc.randomPKCECodeVerifier();
  const nonce = oidc.randomNonce();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: DEFAULT_REDIRECT_URI,
    scope: 'openid profile_nickname account_email',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    nonce,
    state,
  });
  return { verifier, nonce, state, url };
}

async function verifySignature(running: RunningEmulator, idToken: string) {
  const jwks = createRemoteJWKSet(new URL(`${running.authUrl}/.well-known/jwks.json`));
  return (await jwtVerify(idToken, jwks, { issuer: running.authUrl, audience: DEFAULT_REST_API_KEY }))
    .payload;
}

describe('openid-client against the emulator', () => {
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  let config: oidc.Configuration;

  it('discovers the emulator', async () => {
    config = await discover(kakao.authUrl);
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(kakao.authUrl);
    expect(meta.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('completes the PKCE + nonce code flow (autoLogin) and validates the id_token', async () => {
    const flow = await startFlow(config);
    const redirect = await fetch(flow.url, { redirect: 'manual' });
    tokens = await oidc.authorizationCodeGrant(config, new URL(redirect.headers.get('location')!), {
      pkceCodeVerifier: flow.verifier,
      expectedNonce: flow.nonce,
      expectedState: flow.state,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    expect(claims.sub).toBe('1376016924426111111');
    expect(claims.nonce).toBe(flow.nonce);
    expect(claims.email).toBe('minjun.kim@example.com');
    expect((await verifySignature(kakao, tokens.id_token!)).sub).toBe('1376016924426111111');
  });

  it('refreshes (same refresh token kept, new id_token without nonce, signature valid)', async () => {
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.refresh_token).toBeUndefined();
    expect(refreshed.claims()!.sub).toBe('1376016924426111111');
    const payload = await verifySignature(kakao, refreshed.id_token!);
    expect(payload.nonce).toBeUndefined();
  });

  it('rejects a wrong PKCE verifier through openid-client as invalid_grant', async () => {
    const flow = await startFlow(config);
    const redirect = await fetch(flow.url, { redirect: 'manual' });
    const attempt = oidc.authorizationCodeGrant(config, new URL(redirect.headers.get('location')!), {
      pkceCodeVerifier: oidc.randomPKCECodeVerifier(),
      expectedNonce: flow.nonce,
      expectedState: flow.state,
    });
    await expect(attempt).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('completes the flow through the real sign-in and consent forms', async () => {
    const cfg = await discover(interactive.authUrl);
    const flow = await startFlow(cfg);
    const signInPage = await (await fetch(flow.url)).text();
    const post = (path: string, form: Record<string, string>, cookie?: string) =>
      fetch(`${interactive.authUrl}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
        body: new URLSearchParams(form),
      });
    const query = hiddenQuery(signInPage);
    const consent = await post('/oauth/authorize/signin', {
      authorize_query: query,
      user_id: '1376016924426222222',
      action: 'signin',
    });
    const cookie = cookieOf(consent);
    const done = await post(
      '/oauth/authorize/consent',
      { authorize_query: hiddenQuery(await consent.text()), action: 'agree_all' },
      cookie,
    );
    const result = await oidc.authorizationCodeGrant(cfg, new URL(done.headers.get('location')!), {
      pkceCodeVerifier: flow.verifier,
      expectedNonce: flow.nonce,
      expectedState: flow.state,
    });
    expect(result.claims()!.sub).toBe('1376016924426222222');
    expect((await verifySignature(interactive, result.id_token!)).nickname).toBe('서연');
  });

  it('fetches /v1/oidc/userinfo from the discovery document with fetchUserInfo', async () => {
    const info = await oidc.fetchUserInfo(config, tokens.access_token, '1376016924426111111');
    expect(info.sub).toBe('1376016924426111111');
    expect(info.email).toBe('minjun.kim@example.com');
    expect(info.email_verified).toBe(true);
    await expect(oidc.fetchUserInfo(config, tokens.access_token, '1376016924426222222')).rejects.toThrow();
  });
});
