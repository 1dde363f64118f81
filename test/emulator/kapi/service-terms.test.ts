import { describe, expect, it } from 'vitest';
import {
  admin,
  appConfig,
  expectKapiError,
  kapi,
  kapiEmulator,
  loginTokens,
  MINJUN,
  objectBody,
} from './kapi-helpers.js';

const TERMS = '/v2/user/service_terms';
const REVOKE = '/v2/user/revoke/service_terms';
const UPGRADE = '/v2/user/upgrade/service_terms';
const AT = '2026-01-15T03:00:00Z';
const APP = '카카오 로그인 에뮬레이터 앱';

/** Signs in agreeing to the required terms only (service_terms names what the screen asks). */
function loginRequiredTermsOnly(emulator: Awaited<ReturnType<typeof kapiEmulator>>) {
  return loginTokens(emulator, { service_terms: 'terms_of_use' });
}

describe('GET /v2/user/service_terms (spec §20.1)', () => {
  it('lists agreed terms by default with agreed_at and agreed_by KAUTH', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginRequiredTermsOnly(emulator);
    const response = await kapi(emulator, 'GET', TERMS, { token: accessToken });
    expect(await response.text()).toBe(
      `{"id":${MINJUN},"service_terms":[` +
        `{"tag":"terms_of_use","required":true,"agreed":true,"revocable":false,"agreed_at":"${AT}","agreed_by":"KAUTH"},` +
        `{"tag":"privacy_policy","required":true,"agreed":true,"revocable":false,"agreed_at":"${AT}","agreed_by":"KAUTH"}]}`,
    );
  });

  it('result=app_service_terms lists every term; tags filters', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginRequiredTermsOnly(emulator);
    const all = await objectBody(
      await kapi(emulator, 'GET', TERMS, { token: accessToken }, { result: 'app_service_terms' }),
    );
    expect(all.service_terms.at(-1)).toEqual({
      tag: 'marketing',
      required: false,
      agreed: false,
      revocable: true,
    });
    const filtered = await objectBody(
      await kapi(
        emulator,
        'GET',
        TERMS,
        { token: accessToken },
        { result: 'app_service_terms', tags: 'marketing,terms_of_use' },
      ),
    );
    expect(filtered.service_terms.map((t: { tag: string }) => t.tag)).toEqual(['terms_of_use', 'marketing']);
  });

  it('-2 for unknown tags (Kakao’s message) and an unknown result', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginRequiredTermsOnly(emulator);
    await expectKapiError(
      await kapi(emulator, 'GET', TERMS, { token: accessToken }, { tags: 'test' }),
      400,
      -2,
      `There is no tags to get service terms. check out to configured this tags([test]) in app(${APP}).`,
    );
    await expectKapiError(
      await kapi(emulator, 'GET', TERMS, { token: accessToken }, { result: 'all' }),
      400,
      -2,
      /result/,
    );
  });

  it('-3 for an app without service terms (not Kakao Sync)', async () => {
    const emulator = await kapiEmulator({ config: appConfig({ serviceTerms: [] }) });
    const { accessToken } = await loginTokens(emulator);
    await expectKapiError(await kapi(emulator, 'GET', TERMS, { token: accessToken }), 403, -3);
    await expectKapiError(
      await kapi(emulator, 'POST', UPGRADE, { token: accessToken }, { tags: 'x' }),
      403,
      -3,
    );
  });
});

describe('POST /v2/user/upgrade/service_terms (spec §20.3)', () => {
  it('answers only newly agreed tags, agreed_by KAPI', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginRequiredTermsOnly(emulator);
    emulator.state.clock.advance(1000);
    const response = await kapi(
      emulator,
      'POST',
      UPGRADE,
      { token: accessToken },
      { tags: 'marketing,terms_of_use,bogus' },
    );
    expect(await response.text()).toBe(
      `{"id":${MINJUN},"agreed_service_terms":[{"tag":"marketing","agreed":true,"agreed_at":"2026-01-15T03:00:01Z","agreed_by":"KAPI"}]}`,
    );
    const again = await objectBody(
      await kapi(emulator, 'POST', UPGRADE, { token: accessToken }, { tags: 'marketing' }),
    );
    expect(again.agreed_service_terms).toEqual([]);
    const listed = await objectBody(
      await kapi(emulator, 'GET', TERMS, { token: accessToken }, { tags: 'marketing' }),
    );
    expect(listed.service_terms[0]).toMatchObject({ agreed: true, agreed_by: 'KAPI' });
  });

  it('-2 without tags; works in admin mode', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginRequiredTermsOnly(emulator);
    await expectKapiError(
      await kapi(emulator, 'POST', UPGRADE, { token: accessToken }),
      400,
      -2,
      /tags is required/,
    );
    const viaAdmin = await objectBody(
      await kapi(emulator, 'POST', UPGRADE, admin(MINJUN), { tags: 'marketing' }),
    );
    expect(viaAdmin.agreed_service_terms).toHaveLength(1);
  });
});

describe('POST /v2/user/revoke/service_terms (spec §20.2)', () => {
  it('revokes agreed optional terms; required and never-agreed tags are left out', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'POST',
      REVOKE,
      { token: accessToken },
      { tags: 'marketing,terms_of_use' },
    );
    expect(await response.text()).toBe(
      `{"id":${MINJUN},"revoked_service_terms":[{"tag":"marketing","agreed":false}]}`,
    );
    const again = await objectBody(
      await kapi(emulator, 'POST', REVOKE, { token: accessToken }, { tags: 'marketing' }),
    );
    expect(again.revoked_service_terms).toEqual([]);
    const agreed = await objectBody(await kapi(emulator, 'GET', TERMS, { token: accessToken }));
    expect(agreed.service_terms.map((t: { tag: string }) => t.tag)).toEqual([
      'terms_of_use',
      'privacy_policy',
    ]);
  });

  it('-2 for unknown tags (Kakao’s message) or none', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    await expectKapiError(
      await kapi(emulator, 'POST', REVOKE, { token: accessToken }, { tags: 'test_tag' }),
      400,
      -2,
      `There is no tags to revoke. check out to configured this tags([test_tag]) in app(${APP}).`,
    );
    await expectKapiError(
      await kapi(emulator, 'POST', REVOKE, { token: accessToken }, { tags: ' , ' }),
      400,
      -2,
    );
  });
});
