import { describe, expect, it } from 'vitest';
import { exchangeCode } from '../../../src/client/tokens/exchange-code.js';
import * as kauth from '../fixtures/kauth.js';
import { fakeFetch, leakedSecrets, SECRETS, testClient } from '../support/fake-fetch.js';

const NOW = 1_717_000_000_000;
const REDIRECT = 'https://app.example.com/oauth/kakao/callback';

describe('exchangeCode (§4)', () => {
  it('posts the documented form and returns a token set (§4.1, §4.2)', async () => {
    const fake = fakeFetch(kauth.tokenSuccess);
    const kakao = testClient(fake, { redirectUri: REDIRECT });
    const set = await exchangeCode(kakao, { code: SECRETS.code, codeVerifier: SECRETS.codeVerifier });
    const sent = fake.last();
    expect(sent.url.href).toBe('https://kauth.kakao.com/oauth/token');
    expect(sent.headers.get('content-type')).toBe('application/x-www-form-urlencoded;charset=utf-8');
    expect(Object.fromEntries(sent.form)).toEqual({
      grant_type: 'authorization_code',
      client_id: 'rest-api-key-0123456789abcdef',
      redirect_uri: REDIRECT,
      code: SECRETS.code,
      code_verifier: SECRETS.codeVerifier,
    });
    expect(set).toEqual({
      tokenType: 'bearer',
      accessToken: SECRETS.accessToken,
      accessTokenExpiresAt: NOW + 21599 * 1000,
      refreshToken: SECRETS.refreshToken,
      refreshTokenExpiresAt: NOW + 5183999 * 1000,
      idToken: SECRETS.idToken,
      scopes: ['account_email', 'openid', 'profile_image', 'profile_nickname'],
      raw: kauth.tokenSuccess.body as object,
    });
    expect(set.idTokenClaims).toBeUndefined();
  });

  it('sends client_secret only when configured (§1.1)', async () => {
    const fake = fakeFetch(kauth.tokenSuccess);
    await exchangeCode(testClient(fake, { clientSecret: SECRETS.clientSecret }), {
      code: 'c0de',
      redirectUri: REDIRECT,
    });
    expect(fake.last().form.get('client_secret')).toBe(SECRETS.clientSecret);
    expect(fake.last().form.has('code_verifier')).toBe(false);
    const plain = fakeFetch(kauth.tokenSuccess);
    await exchangeCode(testClient(plain), { code: 'c0de', redirectUri: REDIRECT });
    expect(plain.last().form.has('client_secret')).toBe(false);
  });

  it('lets the call override the configured redirect URI', async () => {
    const fake = fakeFetch(kauth.tokenSuccess);
    await exchangeCode(testClient(fake, { redirectUri: REDIRECT }), {
      code: 'c',
      redirectUri: 'http://127.0.0.1:8719/callback',
    });
    expect(fake.last().form.get('redirect_uri')).toBe('http://127.0.0.1:8719/callback');
  });

  it('is never retried, even after a network failure', async () => {
    const fake = fakeFetch(new TypeError('fetch failed'), kauth.tokenSuccess);
    await expect(exchangeCode(testClient(fake), { code: 'c', redirectUri: REDIRECT })).rejects.toMatchObject({
      code: 'network',
    });
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    [kauth.codeNotFound, 'KOE320'],
    [kauth.redirectMismatch, 'KOE303'],
    [kauth.badClientSecret, 'KOE010'],
    [kauth.rateLimited, 'KOE237'],
  ])('maps $spec and leaks no secret', async (fixture, code) => {
    const kakao = testClient(fakeFetch(fixture), { clientSecret: SECRETS.clientSecret });
    const error = await exchangeCode(kakao, {
      code: SECRETS.code,
      redirectUri: REDIRECT,
      codeVerifier: SECRETS.codeVerifier,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KakaoAuthError', code });
    expect(leakedSecrets(error)).toEqual([]);
  });

  it('rejects a 200 body that is not a token response', async () => {
    const fake = fakeFetch({ spec: '§4.2 (broken)', status: 200, body: { token_type: 'bearer' } });
    await expect(exchangeCode(testClient(fake), { code: 'c', redirectUri: REDIRECT })).rejects.toMatchObject({
      name: 'KakaoResponseError',
      code: 'unexpected_body',
    });
  });

  it('throws TypeError for a missing code or redirect URI, before any request', async () => {
    const fake = fakeFetch(kauth.tokenSuccess);
    await expect(exchangeCode(testClient(fake), { code: '', redirectUri: REDIRECT })).rejects.toThrow(
      /code is required/,
    );
    await expect(exchangeCode(testClient(fake), { code: 'c' })).rejects.toThrow(/redirectUri is required/);
    expect(fake.requests).toHaveLength(0);
  });
});
