import { describe, expect, it } from 'vitest';
import { getScopes, revokeScopes } from '../../../src/client/user/scopes.js';
import {
  getServiceTerms,
  revokeServiceTerms,
  upgradeServiceTerms,
} from '../../../src/client/user/service-terms.js';
import * as user from '../fixtures/user.js';
import { fakeFetch, SECRETS, testClient } from '../support/fake-fetch.js';

describe('getScopes (§18) / revokeScopes (§19)', () => {
  it('lists scopes, filtered by a JSON array', async () => {
    const fake = fakeFetch(user.scopes);
    const result = await getScopes(testClient(fake), {
      accessToken: 't0ken',
      scopes: ['account_email', 'friends'],
    });
    expect(fake.last().url.pathname).toBe('/v2/user/scopes');
    expect(fake.last().url.searchParams.get('scopes')).toBe('["account_email","friends"]');
    expect(result.id).toBe(user.BIG_ID);
    expect(result.scopes.map((scope) => scope.id)).toEqual([
      'profile_nickname',
      'account_email',
      'talk_message',
    ]);
    expect(result.scopes[2]?.revocable).toBeUndefined();
  });

  it('works in admin mode', async () => {
    const fake = fakeFetch(user.scopes);
    await getScopes(testClient(fake, { adminKey: SECRETS.adminKey }), { userId: user.BIG_ID });
    expect(fake.last().url.searchParams.get('target_id')).toBe(user.BIG_ID);
    expect(fake.last().url.searchParams.has('scopes')).toBe(false);
  });

  it('revokes with a JSON array form field', async () => {
    const fake = fakeFetch(user.scopes);
    await revokeScopes(testClient(fake), { accessToken: 't0ken', scopes: ['account_email'] });
    expect(fake.last().method).toBe('POST');
    expect(fake.last().url.pathname).toBe('/v2/user/revoke/scopes');
    expect(fake.last().form.get('scopes')).toBe('["account_email"]');
  });

  it('maps -3 for a required item (§19)', async () => {
    const fake = fakeFetch(user.notRevocable);
    await expect(
      revokeScopes(testClient(fake), { accessToken: 't0ken', scopes: ['profile'] }),
    ).rejects.toMatchObject({
      apiCode: -3,
      status: 403,
    });
  });

  it('requires a non-empty list', async () => {
    await expect(revokeScopes(testClient(fakeFetch()), { accessToken: 't0ken', scopes: [] })).rejects.toThrow(
      TypeError,
    );
  });

  it('rejects a body without a scopes array', async () => {
    const fake = fakeFetch({ spec: '§18 (broken)', status: 200, body: { id: 1 } });
    await expect(getScopes(testClient(fake), { accessToken: 't0ken' })).rejects.toMatchObject({
      code: 'unexpected_body',
    });
  });
});

describe('service terms (§20)', () => {
  it('gets terms with result and comma-joined tags (§20.1)', async () => {
    const fake = fakeFetch(user.serviceTerms);
    const result = await getServiceTerms(testClient(fake), {
      accessToken: 't0ken',
      result: 'app_service_terms',
      tags: ['terms_of_use', 'marketing'],
    });
    expect(Object.fromEntries(fake.last().url.searchParams)).toEqual({
      result: 'app_service_terms',
      tags: 'terms_of_use,marketing',
    });
    expect(result.id).toBe(user.BIG_ID);
    expect(result.service_terms[1]).toMatchObject({ tag: 'marketing', agreed_by: 'KAPI' });
  });

  it('maps -2 for unknown tags (§20.1)', async () => {
    await expect(
      getServiceTerms(testClient(fakeFetch(user.unknownTags)), { accessToken: 't0ken', tags: ['test'] }),
    ).rejects.toMatchObject({ apiCode: -2, code: 'invalid_parameter' });
  });

  it('revokes tags (§20.2)', async () => {
    const fake = fakeFetch(user.revokedTerms);
    const result = await revokeServiceTerms(testClient(fake), {
      accessToken: 't0ken',
      tags: ['marketing', 'newsletter'],
    });
    expect(fake.last().url.pathname).toBe('/v2/user/revoke/service_terms');
    expect(fake.last().form.get('tags')).toBe('marketing,newsletter');
    expect(result.revoked_service_terms).toEqual([{ tag: 'marketing', agreed: false }]);
  });

  it('records agreement in admin mode (§20.3), id beyond 2^53', async () => {
    const fake = fakeFetch(user.upgradedTerms);
    const result = await upgradeServiceTerms(testClient(fake, { adminKey: SECRETS.adminKey }), {
      userId: '1376016924429759243',
      tags: ['term03'],
    });
    expect(Object.fromEntries(fake.last().form)).toEqual({
      target_id_type: 'user_id',
      target_id: '1376016924429759243',
      tags: 'term03',
    });
    expect(result.id).toBe('1376016924429759243');
    expect(result.agreed_service_terms[0]?.agreed_by).toBe('KAPI');
  });

  it('requires tags', async () => {
    await expect(
      upgradeServiceTerms(testClient(fakeFetch()), { accessToken: 't0ken', tags: [''] }),
    ).rejects.toThrow(TypeError);
  });
});
