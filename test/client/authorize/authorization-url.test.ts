import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAuthorizationUrl } from '../../../src/client/authorize/authorization-url.js';
import { buildLogoutUrl } from '../../../src/client/authorize/logout-url.js';
import { fakeFetch, testClient } from '../support/fake-fetch.js';

const kakao = testClient(fakeFetch(), { redirectUri: 'https://app.example.com/oauth/kakao/callback' });

describe('buildAuthorizationUrl (§3.1)', () => {
  it('sends the required parameters', () => {
    const url = buildAuthorizationUrl(kakao);
    expect(url.origin + url.pathname).toBe('https://kauth.kakao.com/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'rest-api-key-0123456789abcdef',
      redirect_uri: 'https://app.example.com/oauth/kakao/callback',
      response_type: 'code',
    });
  });

  it('sends every Kakao parameter, lists comma-joined', () => {
    const url = buildAuthorizationUrl(kakao, {
      redirectUri: 'http://127.0.0.1:8719/callback',
      scope: ['openid', 'account_email', 'openid'],
      prompt: ['login', 'select_account'],
      loginHint: 'user@example.com',
      serviceTerms: ['terms_of_use', 'marketing'],
      state: 'af0ifjsldkj',
      nonce: 'n-0S6_WzA2Mj',
      codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      channelPublicId: ['_ZeUTxl', '_abcd'],
      extra: { approval_type: 'individual' },
    });
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'rest-api-key-0123456789abcdef',
      redirect_uri: 'http://127.0.0.1:8719/callback',
      response_type: 'code',
      scope: 'openid,account_email',
      prompt: 'login,select_account',
      login_hint: 'user@example.com',
      service_terms: 'terms_of_use,marketing',
      state: 'af0ifjsldkj',
      nonce: 'n-0S6_WzA2Mj',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      channel_public_id: '_ZeUTxl,_abcd',
      approval_type: 'individual',
    });
  });

  it('uses the configured authUrl (emulator)', () => {
    const local = testClient(fakeFetch(), { authUrl: 'http://127.0.0.1:9000/', redirectUri: 'http://x/cb' });
    expect(buildAuthorizationUrl(local).href.startsWith('http://127.0.0.1:9000/oauth/authorize?')).toBe(true);
  });

  it.each([
    [{ redirectUri: '' }, /redirectUri is required/],
    [{ scope: ['a,b'] }, /without commas/],
    [{ scope: [''] }, /non-empty/],
    [{ scope: 'a' as unknown as string[] }, /array/],
    [{ codeChallenge: 'x', codeChallengeMethod: 'plain' as 'S256' }, /S256/],
    [{ codeChallengeMethod: 'S256' as const }, /without codeChallenge/],
    [{ extra: { client_id: 'other' } }, /extra.client_id/],
    [{ state: '' }, /state must be a non-empty/],
  ])('rejects bad arguments with a TypeError (%o)', (params, message) => {
    expect(() => buildAuthorizationUrl(kakao, params)).toThrow(TypeError);
    expect(() => buildAuthorizationUrl(kakao, params)).toThrow(message);
  });

  it('needs a redirect URI from params or config', () => {
    const bare = testClient(fakeFetch());
    expect(() => buildAuthorizationUrl(bare)).toThrow(/redirectUri is required/);
    expect(buildAuthorizationUrl(bare, { redirectUri: 'http://x/cb' }).searchParams.get('redirect_uri')).toBe(
      'http://x/cb',
    );
  });

  it('round-trips any valid parameters through the URL (property)', () => {
    const item = fc.stringMatching(/^[^,\s]{1,20}$/);
    const text = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { maxLength: 6 }),
        fc.uniqueArray(item, { maxLength: 3 }),
        text,
        text,
        fc.option(text, { nil: undefined }),
        (scope, prompt, state, loginHint, nonce) => {
          const url = buildAuthorizationUrl(kakao, { scope, prompt, state, loginHint, nonce });
          const query = url.searchParams;
          expect(query.get('scope')?.split(',') ?? []).toEqual(scope);
          expect(query.get('prompt')?.split(',') ?? []).toEqual(prompt);
          expect(query.get('state')).toBe(state);
          expect(query.get('login_hint')).toBe(loginHint);
          expect(query.get('nonce') ?? undefined).toBe(nonce);
          expect(query.get('response_type')).toBe('code');
        },
      ),
    );
  });
});

describe('buildLogoutUrl (§8)', () => {
  it('sends client_id, logout_redirect_uri and state', () => {
    const url = buildLogoutUrl(kakao, {
      logoutRedirectUri: 'https://app.example.com/logout/done',
      state: 'xyz',
    });
    expect(url.origin + url.pathname).toBe('https://kauth.kakao.com/oauth/logout');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'rest-api-key-0123456789abcdef',
      logout_redirect_uri: 'https://app.example.com/logout/done',
      state: 'xyz',
    });
  });

  it('leaves state out when not given and requires the redirect', () => {
    expect(buildLogoutUrl(kakao, { logoutRedirectUri: 'http://x/' }).searchParams.has('state')).toBe(false);
    expect(() => buildLogoutUrl(kakao, { logoutRedirectUri: '' })).toThrow(TypeError);
  });
});
