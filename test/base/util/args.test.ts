import { describe, expect, it } from 'vitest';
import { bearer, kakaoAK } from '../../../src/base/http/auth-header.js';
import { requireText, secretsOf } from '../../../src/base/util/args.js';
import { parseTokenResponse } from '../../../src/client/tokens/parse-token-response.js';
import { splitScope } from '../../../src/client/tokens/token-set.js';
import { adminAuth, callerAuth } from '../../../src/client/user/caller.js';
import { idFromBody, userIdParam } from '../../../src/client/user/user-id.js';
import { KakaoResponseError } from '../../../src/index.js';
import { fakeFetch, SECRETS, testClient } from '../../client/support/fake-fetch.js';

describe('argument helpers', () => {
  it('requireText accepts non-empty strings and explains the fix otherwise', () => {
    expect(requireText('x', 'code', 'pass it')).toBe('x');
    expect(() => requireText(' ', 'code', 'pass it')).toThrow('code is required: pass it.');
    expect(() => requireText(3, 'code', 'pass it')).toThrow(TypeError);
  });

  it('secretsOf keeps only non-empty strings', () => {
    expect(secretsOf('a', undefined, '', 'b')).toEqual(['a', 'b']);
  });
});

describe('user ids (§1.3)', () => {
  it('userIdParam takes decimal strings and bigints only', () => {
    expect(userIdParam('1376016924426111111')).toBe('1376016924426111111');
    expect(userIdParam(18446744073709551615n)).toBe('18446744073709551615');
    for (const bad of [1, -1n, '12a', '', '１２', '1'.repeat(21), null])
      expect(() => userIdParam(bad)).toThrow(TypeError);
  });

  it('idFromBody reads safe numbers and lossless strings', () => {
    expect(idFromBody(3141592653, 'x')).toBe('3141592653');
    expect(idFromBody('1376016924426111111', 'x')).toBe('1376016924426111111');
    for (const bad of [1.5, 'abc', null, undefined, true]) {
      expect(() => idFromBody(bad, 'x')).toThrow(KakaoResponseError);
    }
  });
});

describe('authorization headers (§1.2)', () => {
  it('builds Bearer and KakaoAK exactly', () => {
    expect(bearer('abc')).toBe('Bearer abc');
    expect(kakaoAK(testClient(fakeFetch(), { adminKey: 'k3y' }))).toBe('KakaoAK k3y');
    expect(() => bearer('')).toThrow(TypeError);
  });

  it('callerAuth adds target_id_type/target_id for admin callers and lists the secret', () => {
    const kakao = testClient(fakeFetch(), { adminKey: SECRETS.adminKey });
    expect(callerAuth(kakao, { userId: 7n })).toEqual({
      authorization: `KakaoAK ${SECRETS.adminKey}`,
      params: { target_id_type: 'user_id', target_id: '7' },
      secrets: [SECRETS.adminKey],
    });
    expect(callerAuth(kakao, { accessToken: 'at' })).toEqual({
      authorization: 'Bearer at',
      params: {},
      secrets: ['at'],
    });
    expect(adminAuth(kakao).params).toEqual({});
    expect(() => adminAuth(testClient(fakeFetch()))).toThrow(/adminKey/);
  });
});

describe('token response parsing (§4.2)', () => {
  it('splits space- (and comma-) separated scopes', () => {
    expect(splitScope('account_email openid  profile_image')).toEqual([
      'account_email',
      'openid',
      'profile_image',
    ]);
    expect(splitScope('a,b')).toEqual(['a', 'b']);
    expect(splitScope('')).toEqual([]);
  });

  it.each([
    { token_type: 'bearer', access_token: 'a', expires_in: -1 },
    { token_type: 'bearer', access_token: 'a', expires_in: 1, refresh_token: 5 },
    { token_type: 'bearer', access_token: 'a', expires_in: 1, refresh_token_expires_in: '5' },
    { token_type: 'bearer', access_token: '', expires_in: 1 },
    { access_token: 'a', expires_in: 1 },
    [],
  ])('rejects %o', (body) => {
    expect(() => parseTokenResponse(body, 'POST /oauth/token')).toThrow(KakaoResponseError);
  });
});
