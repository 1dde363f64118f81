import { describe, expect, it } from 'vitest';
import { exchangeCode } from '../../../src/client/tokens/exchange-code.js';
import { refreshTokens } from '../../../src/client/tokens/refresh-tokens.js';
import * as kauth from '../fixtures/kauth.js';
import { fakeFetch, leakedSecrets, SECRETS, testClient } from '../support/fake-fetch.js';

const REDIRECT = 'https://app.example.com/oauth/kakao/callback';

async function initialSet(now: number) {
  return exchangeCode(testClient(fakeFetch(kauth.tokenSuccess), { clock: () => now }), {
    code: 'c',
    redirectUri: REDIRECT,
  });
}

describe('refreshTokens (§5)', () => {
  it('posts the refresh form (§5.1)', async () => {
    const fake = fakeFetch(kauth.refreshNoRotation);
    await refreshTokens(testClient(fake, { clientSecret: SECRETS.clientSecret }), SECRETS.refreshToken);
    expect(Object.fromEntries(fake.last().form)).toEqual({
      grant_type: 'refresh_token',
      client_id: 'rest-api-key-0123456789abcdef',
      refresh_token: SECRETS.refreshToken,
      client_secret: SECRETS.clientSecret,
    });
  });

  it('keeps the old refresh token and its expiry when Kakao sends none (§5.2)', async () => {
    const before = await initialSet(1_000_000);
    const later = 1_000_000 + 3_600_000;
    const set = await refreshTokens(
      testClient(fakeFetch(kauth.refreshNoRotation), { clock: () => later }),
      before,
    );
    expect(set.accessToken).toBe('NEW_ACCESS_TOKEN_0123456789abcdef');
    expect(set.accessTokenExpiresAt).toBe(later + 21599 * 1000);
    expect(set.refreshToken).toBe(before.refreshToken);
    expect(set.refreshTokenExpiresAt).toBe(before.refreshTokenExpiresAt);
    expect(set.scopes).toEqual(before.scopes);
    expect(set.raw).toEqual(kauth.refreshNoRotation.body);
  });

  it('adopts a rotated refresh token and its new expiry (§5.2)', async () => {
    const before = await initialSet(1_000_000);
    const later = 2_000_000_000;
    const set = await refreshTokens(
      testClient(fakeFetch(kauth.refreshRotated), { clock: () => later }),
      before,
    );
    expect(set.refreshToken).toBe('NEW_REFRESH_TOKEN_0123456789abcdef');
    expect(set.refreshTokenExpiresAt).toBe(later + 2591999 * 1000);
    expect(set.idToken).toBe(before.idToken);
  });

  it('accepts a bare refresh token (expiry then unknown)', async () => {
    const set = await refreshTokens(testClient(fakeFetch(kauth.refreshNoRotation)), SECRETS.refreshToken);
    expect(set.refreshToken).toBe(SECRETS.refreshToken);
    expect(set.refreshTokenExpiresAt).toBeUndefined();
    expect(set.scopes).toEqual([]);
  });

  it('maps KOE322 without leaking the refresh token (§5.3)', async () => {
    const fake = fakeFetch(kauth.refreshInvalid);
    const error = await refreshTokens(testClient(fake), SECRETS.refreshToken).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KakaoAuthError', code: 'KOE322', retryable: false });
    expect(leakedSecrets(error)).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('is not retried automatically (rotation could spend the token)', async () => {
    const fake = fakeFetch(new TypeError('fetch failed'), kauth.refreshNoRotation);
    await expect(refreshTokens(testClient(fake), SECRETS.refreshToken)).rejects.toMatchObject({
      code: 'network',
    });
    expect(fake.requests).toHaveLength(1);
  });

  it('throws TypeError when there is no refresh token', async () => {
    const before = await initialSet(0);
    const withoutRefresh = { ...before, refreshToken: undefined };
    await expect(refreshTokens(testClient(fakeFetch()), withoutRefresh)).rejects.toThrow(TypeError);
    await expect(refreshTokens(testClient(fakeFetch()), '')).rejects.toThrow(/refreshToken is required/);
  });
});
