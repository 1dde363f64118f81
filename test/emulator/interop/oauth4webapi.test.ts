/**
 * oauth4webapi 3 (panva's low-level OAuth 2 / OIDC library) as an independent client of the
 * emulator, changing only the issuer URL: discovery → PKCE + nonce code flow → id_token claims
 * validation → userinfo → refresh. jose checks the id_token signatures against the JWKS
 * (oauth4webapi, like the spec for the code flow, trusts the TLS channel and does not).
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REST_API_KEY, type RunningEmulator, startEmulator } from '../../../src/emulator/index.js';
import { testKey } from '../helpers.js';
import { registerRedirectUri } from './controls.js';

const REDIRECT_URI = 'http://127.0.0.1:4545/oauth4webapi/callback';
const insecure = { [oauth.allowInsecureRequests]: true };
const client: oauth.Client = { client_id: DEFAULT_REST_API_KEY };
const clientAuth = oauth.None();
const MINJUN = '1376016924426111111';

let kakao: RunningEmulator;
let as: oauth.AuthorizationServer;

beforeAll(async () => {
  kakao = await startEmulator({ autoLogin: true, signingKeys: [await testKey()] });
  await registerRedirectUri(kakao.authUrl, REDIRECT_URI);
});
afterAll(() => kakao.close());

async function verifySignature(idToken: string) {
  const jwks = createRemoteJWKSet(new URL(as.jwks_uri!));
  return (await jwtVerify(idToken, jwks, { issuer: kakao.authUrl, audience: DEFAULT_REST_API_KEY })).payload;
}

describe('oauth4webapi against the emulator', () => {
  let tokens: oauth.TokenEndpointResponse;

  it('discovers the emulator (issuer, endpoints, S256)', async () => {
    const issuer = new URL(kakao.authUrl);
    as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
    expect(as.issuer).toBe(kakao.authUrl);
    expect(as.token_endpoint).toBe(`${kakao.authUrl}/oauth/token`);
    expect(as.userinfo_endpoint).toBe(`${kakao.apiUrl}/v1/oidc/userinfo`);
    expect(as.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('completes the PKCE + nonce code flow and validates the id_token', async () => {
    const verifier = oauth.generateRandomCodeVerifier();
    const nonce = oauth.generateRandomNonce();
    const state = oauth.generateRandomState();
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: client.client_id,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile_nickname account_email',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      nonce,
      state,
    }).toString();
    const redirect = await fetch(url, { redirect: 'manual' });
    const callback = oauth.validateAuthResponse(
      as,
      client,
      new URL(redirect.headers.get('location')!),
      state,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth,
      callback,
      REDIRECT_URI,
      verifier,
      insecure,
    );
    tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: nonce,
      requireIdToken: true,
    });
    const claims = oauth.getValidatedIdTokenClaims(tokens)!;
    expect(claims).toMatchObject({ sub: MINJUN, nonce, iss: kakao.authUrl, aud: DEFAULT_REST_API_KEY });
    expect((await verifySignature(tokens.id_token!)).email).toBe('minjun.kim@example.com');
  });

  it('a wrong PKCE verifier is refused (invalid_grant)', async () => {
    const state = oauth.generateRandomState();
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: client.client_id,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
      code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
      code_challenge_method: 'S256',
      state,
    }).toString();
    const redirect = await fetch(url, { redirect: 'manual' });
    const callback = oauth.validateAuthResponse(
      as,
      client,
      new URL(redirect.headers.get('location')!),
      state,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth,
      callback,
      REDIRECT_URI,
      oauth.generateRandomCodeVerifier(),
      insecure,
    );
    await expect(oauth.processAuthorizationCodeResponse(as, client, response)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('reads userinfo for the id_token subject', async () => {
    const response = await oauth.userInfoRequest(as, client, tokens.access_token, insecure);
    const userinfo = await oauth.processUserInfoResponse(as, client, MINJUN, response);
    expect(userinfo).toMatchObject({ sub: MINJUN, nickname: '민준', email: 'minjun.kim@example.com' });
  });

  it('refreshes, with a new id_token for the same subject', async () => {
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      clientAuth,
      tokens.refresh_token!,
      insecure,
    );
    const refreshed = await oauth.processRefreshTokenResponse(as, client, response);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(oauth.getValidatedIdTokenClaims(refreshed)?.sub).toBe(MINJUN);
    expect((await verifySignature(refreshed.id_token!)).sub).toBe(MINJUN);
  });
});
