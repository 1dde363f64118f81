import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenSetFromJson, toTokenResponse } from '../../../src/client/tokens/token-json.js';
import type { KakaoTokenResponse } from '../../../src/client/tokens/token-set.js';
import { tokenSetFromResponse } from '../../../src/client/tokens/token-set.js';
import * as kauth from '../fixtures/kauth.js';
import { SECRETS } from '../support/fake-fetch.js';

const NOW = 1_717_000_000_000;
const raw = kauth.tokenSuccess.body as KakaoTokenResponse;

describe('toTokenResponse', () => {
  it('gives Kakao snake_case JSON (§4.2) with absolute instants', () => {
    const set = tokenSetFromResponse(raw, NOW);
    expect(toTokenResponse(set, NOW)).toEqual({
      ...raw,
      expires_at: NOW / 1000 + 21599,
      refresh_token_expires_at: NOW / 1000 + 5183999,
    });
  });

  it('recomputes expires_in for a later instant and never goes negative', () => {
    const set = tokenSetFromResponse(raw, NOW);
    expect(toTokenResponse(set, NOW + 1599_000).expires_in).toBe(20000);
    expect(toTokenResponse(set, NOW + 10 ** 12).expires_in).toBe(0);
  });

  it('includes the refresh token carried over from before a refresh', () => {
    const first = tokenSetFromResponse(raw, NOW);
    const refreshed = tokenSetFromResponse(
      kauth.refreshNoRotation.body as KakaoTokenResponse,
      NOW + 1000,
      first,
    );
    const json = toTokenResponse(refreshed, NOW + 1000);
    expect(json.refresh_token).toBe(SECRETS.refreshToken);
    expect(json.scope).toBe(raw.scope);
  });

  it('leaves out what the set does not have', () => {
    const set = tokenSetFromResponse({ token_type: 'bearer', access_token: 'a', expires_in: 10 }, NOW);
    expect(toTokenResponse(set, NOW)).toEqual({
      token_type: 'bearer',
      access_token: 'a',
      expires_in: 10,
      expires_at: NOW / 1000 + 10,
    });
  });
});

describe('tokenSetFromJson', () => {
  it('round-trips toTokenResponse output (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 7 }),
        fc.option(fc.integer({ min: 1, max: 10 ** 8 }), { nil: undefined }),
        fc.uniqueArray(fc.stringMatching(/^[a-z_]{1,12}$/), { maxLength: 5 }),
        (expiresIn, refreshIn, scopes) => {
          const response: KakaoTokenResponse = {
            token_type: 'bearer',
            access_token: 'at',
            expires_in: expiresIn,
          };
          if (refreshIn !== undefined)
            Object.assign(response, { refresh_token: 'rt', refresh_token_expires_in: refreshIn });
          if (scopes.length > 0) response.scope = scopes.join(' ');
          const set = tokenSetFromResponse(response, NOW);
          const back = tokenSetFromJson(JSON.parse(JSON.stringify(toTokenResponse(set, NOW))), NOW + 5000);
          expect(back.accessTokenExpiresAt).toBe(set.accessTokenExpiresAt);
          expect(back.refreshToken).toBe(set.refreshToken);
          expect(back.refreshTokenExpiresAt).toBe(set.refreshTokenExpiresAt);
          expect(back.scopes).toEqual(set.scopes);
        },
      ),
    );
  });

  it('reads a bare Kakao response relative to now', () => {
    const set = tokenSetFromJson(raw, NOW);
    expect(set.accessTokenExpiresAt).toBe(NOW + 21599_000);
    expect(set.refreshTokenExpiresAt).toBe(NOW + 5183999_000);
    expect(set.idToken).toBe(SECRETS.idToken);
  });

  it.each([null, 'x', {}, { access_token: 'a' }, { access_token: '', expires_in: 1 }])(
    'rejects %o with a TypeError',
    (json) => {
      expect(() => tokenSetFromJson(json, NOW)).toThrow(TypeError);
    },
  );
});
