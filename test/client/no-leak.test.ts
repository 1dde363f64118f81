/**
 * No error of any public call carries a secret, even when Kakao's error text echoes every secret
 * we know (spec §24; TEAM rule: nothing secret in messages or properties).
 */
import { describe, expect, it } from 'vitest';
import * as client from '../../src/index.js';
import type { Fixture } from './support/fake-fetch.js';
import { fakeFetch, leakedParts, leakedSecrets, SECRETS, testClient } from './support/fake-fetch.js';

const ALL = Object.values(SECRETS).join(' ');

const echoing: Fixture[] = [
  {
    spec: '§21.1 kauth body echoing secrets',
    status: 400,
    body: {
      error: `invalid_grant ${ALL}`,
      error_description: `code=${SECRETS.code} ${ALL}`,
      error_code: 'KOE320',
    },
  },
  {
    spec: '§21.2 kapi body echoing secrets',
    status: 401,
    body: { msg: `token ${ALL}`, code: -401, api_type: ALL, required_scopes: [ALL] },
  },
  {
    spec: '§24 HTML page echoing secrets',
    status: 500,
    headers: { 'content-type': 'text/html' },
    body: `<html>${ALL}</html>`,
  },
  { spec: '§24 malformed JSON echoing secrets', status: 200, body: `{"x": ${ALL}` },
];

const REDIRECT = 'https://app.example.com/cb';
const user = { accessToken: SECRETS.accessToken };
const admin = { userId: '1376016924426111111' };

type Kakao = ReturnType<typeof testClient>;
const calls: Record<string, (kakao: Kakao) => Promise<unknown>> = {
  exchangeCode: (k) =>
    client.exchangeCode(k, { code: SECRETS.code, redirectUri: REDIRECT, codeVerifier: SECRETS.codeVerifier }),
  refreshTokens: (k) => client.refreshTokens(k, SECRETS.refreshToken),
  getUser: (k) => client.getUser(k, user),
  getUserAdmin: (k) => client.getUser(k, admin),
  getAccessTokenInfo: (k) => client.getAccessTokenInfo(k, user),
  logout: (k) => client.logout(k, admin),
  unlink: (k) => client.unlink(k, user),
  getScopes: (k) => client.getScopes(k, user),
  revokeScopes: (k) => client.revokeScopes(k, { ...admin, scopes: ['account_email'] }),
  getServiceTerms: (k) => client.getServiceTerms(k, user),
  revokeServiceTerms: (k) => client.revokeServiceTerms(k, { ...user, tags: ['marketing'] }),
  upgradeServiceTerms: (k) => client.upgradeServiceTerms(k, { ...admin, tags: ['term03'] }),
  getShippingAddresses: (k) => client.getShippingAddresses(k, user),
  updateProfile: (k) => client.updateProfile(k, { ...user, properties: { grade: 'gold' } }),
  signup: (k) => client.signup(k, user),
  listUserIds: (k) => client.listUserIds(k),
  getUsers: (k) => client.getUsers(k, { userIds: ['1'] }),
};

describe('no secret in any error', () => {
  for (const fixture of echoing) {
    it.each(Object.keys(calls))(`%s: ${fixture.spec}`, async (name) => {
      const kakao = testClient(fakeFetch(fixture), {
        clientSecret: SECRETS.clientSecret,
        adminKey: SECRETS.adminKey,
        retry: false,
      });
      const error = await calls[name]!(kakao).then(
        () => new Error('expected a rejection'),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(client.KakaoError);
      expect(leakedSecrets(error)).toEqual([]);
      expect(client.explainError(error)).not.toMatch(new RegExp(Object.values(SECRETS).join('|')));
    });
  }
});

/** A server echoing only part of what we sent: an 18-character prefix, a 9-character middle slice. */
function partsOf(names: readonly (keyof typeof SECRETS)[]): string {
  return names.map((name) => `${SECRETS[name].slice(0, 18)} and ${SECRETS[name].slice(20, 29)}`).join('; ');
}

const sent: Record<string, readonly (keyof typeof SECRETS)[]> = {
  exchangeCode: ['code', 'clientSecret', 'codeVerifier'],
  refreshTokens: ['refreshToken', 'clientSecret'],
  getUser: ['accessToken'],
  getUserAdmin: ['adminKey'],
};

describe('no part of a sent secret in any error (issue 15 item 7)', () => {
  it.each(Object.keys(sent))('%s: kauth and kapi texts echoing prefixes and slices', async (name) => {
    const echo = partsOf(sent[name]!);
    for (const fixture of [
      {
        spec: 'kauth',
        status: 400,
        body: { error: 'invalid_grant', error_description: echo, error_code: 'KOE322' },
      },
      { spec: 'kapi', status: 400, body: { msg: echo, code: -2, api_type: echo } },
    ]) {
      const kakao = testClient(fakeFetch(fixture), {
        clientSecret: SECRETS.clientSecret,
        adminKey: SECRETS.adminKey,
        retry: false,
      });
      const error = await calls[name]!(kakao).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(client.KakaoError);
      expect(leakedParts(error, sent[name]!)).toEqual([]);
    }
  });
});
