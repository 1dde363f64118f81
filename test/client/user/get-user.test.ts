import { describe, expect, it } from 'vitest';
import { getUser } from '../../../src/client/user/get-user.js';
import { scopesNeedingAgreement } from '../../../src/client/user/kakao-account.js';
import * as user from '../fixtures/user.js';
import { fakeFetch, leakedSecrets, SECRETS, testClient } from '../support/fake-fetch.js';

/** The items of every `*_needs_agreement` flag of `kakao_account` Kakao documents (§12.2). */
const FLAG_ITEMS =
  'profile profile_nickname profile_image name email age_range birthyear birthday gender phone_number ci legal_name legal_birth_date legal_gender is_korean'.split(
    ' ',
  );

describe('getUser (§12)', () => {
  it('GETs with Bearer and secure_resource=true by default (§12.1, §24)', async () => {
    const fake = fakeFetch(user.userFull);
    await getUser(testClient(fake), { accessToken: SECRETS.accessToken });
    const sent = fake.last();
    expect(sent.method).toBe('GET');
    expect(sent.url.pathname).toBe('/v2/user/me');
    expect(Object.fromEntries(sent.url.searchParams)).toEqual({ secure_resource: 'true' });
    expect(sent.headers.get('authorization')).toBe(`Bearer ${SECRETS.accessToken}`);
  });

  it('keeps the id beyond 2^53 exact as a string and types kakao_account (§1.3, §12.2)', async () => {
    const me = await getUser(testClient(fakeFetch(user.userFull)), { accessToken: SECRETS.accessToken });
    expect(me.id).toBe(user.BIG_ID);
    expect(me.kakao_account?.profile?.nickname).toBe('길동');
    expect(me.kakao_account?.email).toBe('user@example.com');
    expect(me.kakao_account?.birthday_type).toBe('SOLAR');
    expect(me.properties?.grade).toBe('gold');
    expect(scopesNeedingAgreement(me.kakao_account)).toEqual([]);
  });

  it('reports configured-but-not-agreed items (§12.2 needs_agreement)', async () => {
    const me = await getUser(testClient(fakeFetch(user.userNeedsAgreement)), { accessToken: 't0ken' });
    expect(me.id).toBe('3141592653');
    expect(me.kakao_account?.email_needs_agreement).toBe(true);
    expect(me.kakao_account?.email).toBeUndefined();
    expect(scopesNeedingAgreement(me.kakao_account)).toEqual(['account_email']);
  });

  it('maps every needs_agreement flag to a scope', () => {
    const all = Object.fromEntries(FLAG_ITEMS.map((item) => [`${item}_needs_agreement`, true]));
    expect(new Set(scopesNeedingAgreement(all)).size).toBe(FLAG_ITEMS.length);
    const renamed = { email_needs_agreement: true, ci_needs_agreement: true, name_needs_agreement: false };
    expect(scopesNeedingAgreement(renamed)).toEqual(['account_email', 'account_ci']);
    expect(scopesNeedingAgreement(undefined)).toEqual([]);
  });

  it('sends property_keys as JSON and secure_resource=false when asked', async () => {
    const fake = fakeFetch(user.userFull);
    await getUser(testClient(fake), {
      accessToken: 't0ken',
      propertyKeys: ['kakao_account.email', 'kakao_account.profile'],
      secureResource: false,
    });
    expect(fake.last().url.searchParams.get('property_keys')).toBe(
      '["kakao_account.email","kakao_account.profile"]',
    );
    expect(fake.last().url.searchParams.get('secure_resource')).toBe('false');
  });

  it('POSTs a form body when method is POST (§12.1)', async () => {
    const fake = fakeFetch(user.userFull);
    await getUser(testClient(fake), { accessToken: 't0ken', method: 'POST', propertyKeys: ['id'] });
    const sent = fake.last();
    expect(sent.method).toBe('POST');
    expect(sent.headers.get('content-type')).toBe('application/x-www-form-urlencoded;charset=utf-8');
    expect(Object.fromEntries(sent.form)).toEqual({ secure_resource: 'true', property_keys: '["id"]' });
  });

  it('uses KakaoAK and target_id for an admin call (§1.2, §12.1)', async () => {
    const fake = fakeFetch(user.userFull);
    await getUser(testClient(fake, { adminKey: SECRETS.adminKey }), { userId: 1376016924426111111n });
    const sent = fake.last();
    expect(sent.headers.get('authorization')).toBe(`KakaoAK ${SECRETS.adminKey}`);
    expect(sent.url.searchParams.get('target_id_type')).toBe('user_id');
    expect(sent.url.searchParams.get('target_id')).toBe(user.BIG_ID);
  });

  it('throws a clear TypeError for an admin call without adminKey, before any request', async () => {
    const fake = fakeFetch(user.userFull);
    await expect(getUser(testClient(fake), { userId: user.BIG_ID })).rejects.toThrow(/adminKey/);
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    [{ userId: Number('1376016924426111111') as unknown as string }, /decimal string or a bigint/],
    [{ userId: '-1' }, /decimal string/],
    [{ accessToken: '' }, /accessToken/],
    [{} as { accessToken: string }, /accessToken.*userId/],
  ])('rejects bad callers with TypeError (%o)', async (caller, message) => {
    const kakao = testClient(fakeFetch(user.userFull), { adminKey: SECRETS.adminKey });
    await expect(getUser(kakao, caller)).rejects.toThrow(message);
  });

  it.each([
    [user.notLinked, -101, 'not_linked'],
    [user.invalidAdminKey, -401, 'invalid_token'],
  ])('maps $spec without leaking the admin key', async (fixture, apiCode, code) => {
    const kakao = testClient(fakeFetch(fixture), { adminKey: SECRETS.adminKey });
    const error = await getUser(kakao, { userId: user.BIG_ID }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KakaoApiError', apiCode, code });
    expect(leakedSecrets(error)).toEqual([]);
  });

  it('rejects a body without a usable id', async () => {
    const fake = fakeFetch({ spec: '§12.2 (broken)', status: 200, body: { id: 'abc' } });
    await expect(getUser(testClient(fake), { accessToken: 't0ken' })).rejects.toMatchObject({
      code: 'unexpected_body',
    });
  });
});
