import { describe, expect, it } from 'vitest';
import { getAccessTokenInfo } from '../../../src/client/user/access-token-info.js';
import { logout } from '../../../src/client/user/logout.js';
import { signup } from '../../../src/client/user/signup.js';
import { unlink } from '../../../src/client/user/unlink.js';
import { updateProfile } from '../../../src/client/user/update-profile.js';
import * as kapi from '../fixtures/kapi.js';
import * as user from '../fixtures/user.js';
import { fakeFetch, leakedSecrets, SECRETS, testClient } from '../support/fake-fetch.js';

describe('getAccessTokenInfo (§9)', () => {
  it('returns the owner id as a string and an absolute expiry', async () => {
    const fake = fakeFetch(user.tokenInfo);
    const info = await getAccessTokenInfo(testClient(fake, { clock: () => 1000 }), {
      accessToken: SECRETS.accessToken,
    });
    expect(info).toMatchObject({
      id: user.BIG_ID,
      expires_in: 20455,
      app_id: '987654',
      expiresAt: 1000 + 20455_000,
    });
    expect(fake.last().url.pathname).toBe('/v1/user/access_token_info');
    expect(fake.last().headers.get('authorization')).toBe(`Bearer ${SECRETS.accessToken}`);
  });

  it('returns app_id as an exact decimal string, even beyond 2^53 (issue 15 item 8)', async () => {
    const body = '{"id":1376016924426111111,"expires_in":60,"app_id":9007199254740993}';
    const fake = fakeFetch({
      spec: '§9',
      status: 200,
      body,
      headers: { 'content-type': 'application/json' },
    });
    const info = await getAccessTokenInfo(testClient(fake), { accessToken: SECRETS.accessToken });
    expect(info.app_id).toBe('9007199254740993');
    const missing = fakeFetch({ spec: '§9', status: 200, body: { id: 1, expires_in: 60 } });
    const error = await getAccessTokenInfo(testClient(missing), { accessToken: SECRETS.accessToken }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ name: 'KakaoResponseError', code: 'unexpected_body' });
  });

  it('retries -1 as Kakao advises (§9)', async () => {
    const fake = fakeFetch(kapi.transientError, user.tokenInfo);
    await expect(getAccessTokenInfo(testClient(fake), { accessToken: 't0ken' })).resolves.toMatchObject({
      id: user.BIG_ID,
    });
    expect(fake.requests).toHaveLength(2);
  });

  it('maps -401 without leaking the token (§9)', async () => {
    const error = await getAccessTokenInfo(testClient(fakeFetch(kapi.invalidToken)), {
      accessToken: SECRETS.accessToken,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ apiCode: -401, status: 401, retryable: false });
    expect(leakedSecrets(error)).toEqual([]);
  });

  it('rejects a body without expires_in', async () => {
    const fake = fakeFetch({ spec: '§9 (broken)', status: 200, body: { id: 1 } });
    await expect(getAccessTokenInfo(testClient(fake), { accessToken: 't0ken' })).rejects.toMatchObject({
      code: 'unexpected_body',
    });
  });
});

describe.each([
  ['logout', logout, '/v1/user/logout', '§10'],
  ['unlink', unlink, '/v1/user/unlink', '§11'],
] as const)('%s', (_name, call, path, spec) => {
  it(`POSTs with Bearer and returns the id (${spec})`, async () => {
    const fake = fakeFetch(user.idOnly);
    await expect(call(testClient(fake), { accessToken: SECRETS.accessToken })).resolves.toEqual({
      id: user.BIG_ID,
    });
    expect(fake.last().method).toBe('POST');
    expect(fake.last().url.pathname).toBe(path);
    expect(fake.last().body).toBe('');
  });

  it(`POSTs target_id_type/target_id with KakaoAK in admin mode (${spec})`, async () => {
    const fake = fakeFetch(user.idOnly);
    await call(testClient(fake, { adminKey: SECRETS.adminKey }), { userId: '3141592653' });
    expect(fake.last().headers.get('authorization')).toBe(`KakaoAK ${SECRETS.adminKey}`);
    expect(Object.fromEntries(fake.last().form)).toEqual({
      target_id_type: 'user_id',
      target_id: '3141592653',
    });
  });

  it(`maps -101 and is not retried (${spec})`, async () => {
    const fake = fakeFetch(user.notLinked, user.idOnly);
    await expect(call(testClient(fake), { accessToken: 't0ken' })).rejects.toMatchObject({ apiCode: -101 });
    const flaky = fakeFetch(kapi.transientError, user.idOnly);
    await expect(call(testClient(flaky), { accessToken: 't0ken' })).rejects.toMatchObject({ apiCode: -1 });
    expect(flaky.requests).toHaveLength(1);
  });
});

describe('updateProfile (§15)', () => {
  it('sends properties as one JSON form field', async () => {
    const fake = fakeFetch(user.idOnly);
    await updateProfile(testClient(fake), {
      accessToken: 't0ken',
      properties: { grade: 'gold', level: '3' },
    });
    expect(fake.last().url.pathname).toBe('/v1/user/update_profile');
    expect(fake.last().form.get('properties')).toBe('{"grade":"gold","level":"3"}');
  });

  it('maps -201 for an undefined key', async () => {
    const fake = fakeFetch(user.unknownProperty);
    await expect(
      updateProfile(testClient(fake), { accessToken: 't0ken', properties: { gender: 'x' } }),
    ).rejects.toMatchObject({ apiCode: -201, code: 'unknown_property' });
  });

  it('rejects non-string values with a TypeError', async () => {
    const properties = { level: 3 } as unknown as Record<string, string>;
    await expect(
      updateProfile(testClient(fakeFetch()), { accessToken: 't0ken', properties }),
    ).rejects.toThrow(TypeError);
  });
});

describe('signup (§16)', () => {
  it('POSTs with optional properties', async () => {
    const fake = fakeFetch(user.idOnly);
    await expect(signup(testClient(fake), { accessToken: 't0ken' })).resolves.toEqual({ id: user.BIG_ID });
    expect(fake.last().url.pathname).toBe('/v1/user/signup');
    expect(fake.last().body).toBe('');
    await signup(testClient(fake), { accessToken: 't0ken', properties: { grade: 'gold' } });
    expect(fake.last().form.get('properties')).toBe('{"grade":"gold"}');
  });

  it('maps -102 for an already linked user', async () => {
    await expect(
      signup(testClient(fakeFetch(user.alreadyLinked)), { accessToken: 't0ken' }),
    ).rejects.toMatchObject({
      apiCode: -102,
      code: 'already_linked',
    });
  });
});
