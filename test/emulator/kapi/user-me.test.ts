import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import {
  admin,
  appConfig,
  body,
  expectKapiError,
  JIHO,
  kapi,
  kapiEmulator,
  loginTokens,
  MINJUN,
  modelTokens,
  objectBody,
} from './kapi-helpers.js';

const ME = '/v2/user/me';
const CDN = 'k.kakaocdn.net/dn/H_jwh9E/btsA1f';

/** Consent items of the default app with these ids only. */
function onlyItems(...ids: string[]) {
  return DEFAULT_APP.consentItems.filter((item) => ids.includes(item.id));
}

describe('GET /v2/user/me (spec §12) — full answer', () => {
  it('writes every agreed item of the real login flow, ids as exact JSON integers', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(emulator, 'GET', ME, { token: accessToken });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    const expected =
      `{"id":${MINJUN},"connected_at":"2026-01-15T03:00:00Z","synched_at":"2026-01-15T03:00:00Z",` +
      `"properties":{"nickname":"민준","profile_image":"http://${CDN}/img_640x640.jpg","thumbnail_image":"http://${CDN}/img_110x110.jpg"},` +
      `"kakao_account":{"profile_nickname_needs_agreement":false,"profile_image_needs_agreement":false,` +
      `"profile":{"nickname":"민준","thumbnail_image_url":"http://${CDN}/img_110x110.jpg","profile_image_url":"http://${CDN}/img_640x640.jpg","is_default_image":false,"is_default_nickname":false},` +
      `"name_needs_agreement":false,"name":"김민준",` +
      `"email_needs_agreement":false,"is_email_valid":true,"is_email_verified":true,"email":"minjun.kim@example.com",` +
      `"age_range_needs_agreement":false,"age_range":"30~39","birthyear_needs_agreement":false,"birthyear":"1992",` +
      `"birthday_needs_agreement":false,"birthday":"1130","birthday_type":"SOLAR","is_leap_month":false,` +
      `"gender_needs_agreement":false,"gender":"male","phone_number_needs_agreement":false,"phone_number":"+82 010-2345-6789"}}`;
    expect(await response.text()).toBe(expected);
  });

  it('writes connected_at without fractional seconds', async () => {
    const emulator = await kapiEmulator();
    emulator.state.clock.advance(1_500);
    const { accessToken } = await loginTokens(emulator);
    const me = await objectBody(await kapi(emulator, 'GET', ME, { token: accessToken }));
    expect(me.connected_at).toBe('2026-01-15T03:00:01Z');
  });

  it('answers POST with a form body the same as GET', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const params = { property_keys: '["kakao_account.email"]', secure_resource: 'true' };
    const viaGet = await (await kapi(emulator, 'GET', ME, { token: accessToken }, params)).text();
    const viaPost = await (await kapi(emulator, 'POST', ME, { token: accessToken }, params)).text();
    expect(viaPost).toBe(viaGet);
  });
});

describe('GET /v2/user/me — built strictly from consent state (§23.11)', () => {
  it('configured but not agreed → only the flag; not configured → nothing', async () => {
    const config = appConfig({ consentItems: onlyItems('profile_nickname', 'account_email') });
    const emulator = await kapiEmulator({ config });
    const { accessToken } = modelTokens(emulator, MINJUN, ['profile_nickname']);
    const me = await body(await kapi(emulator, 'GET', ME, { token: accessToken }));
    expect(me).toEqual({
      id: BigInt(MINJUN),
      connected_at: '2026-01-15T03:00:00Z',
      properties: { nickname: '민준' },
      kakao_account: {
        profile_nickname_needs_agreement: false,
        profile: { nickname: '민준', is_default_nickname: false },
        email_needs_agreement: true,
      },
    });
  });

  it('agreed but no value → flag false and no data field', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = modelTokens(emulator, JIHO, ['phone_number', 'birthday', 'account_email']);
    const account = (await objectBody(await kapi(emulator, 'GET', ME, { token: accessToken }))).kakao_account;
    expect(account.phone_number_needs_agreement).toBe(false);
    expect(account).not.toHaveProperty('phone_number');
    expect(account.birthday_needs_agreement).toBe(false);
    expect(account).not.toHaveProperty('birthday');
    expect(account).not.toHaveProperty('birthday_type');
    expect(account).toMatchObject({
      is_email_valid: true,
      is_email_verified: false,
      email: 'jiho.park@example.org',
    });
    expect(account.profile_nickname_needs_agreement).toBe(true);
    expect(account).not.toHaveProperty('profile');
  });

  it('revoked consent hides the data again', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    await kapi(
      emulator,
      'POST',
      '/v2/user/revoke/scopes',
      { token: accessToken },
      { scopes: '["account_email"]' },
    );
    const account = (await objectBody(await kapi(emulator, 'GET', ME, { token: accessToken }))).kakao_account;
    expect(account.email_needs_agreement).toBe(true);
    expect(account).not.toHaveProperty('email');
    expect(account).not.toHaveProperty('is_email_valid');
  });

  it('the legacy combined profile item has its own flag and yields nickname and images', async () => {
    const profile = { id: 'profile', displayName: '프로필 정보', type: 'PRIVACY' as const, required: true };
    const emulator = await kapiEmulator({ config: appConfig({ consentItems: [profile] }) });
    const { accessToken } = modelTokens(emulator, MINJUN, ['profile']);
    const account = (await objectBody(await kapi(emulator, 'GET', ME, { token: accessToken }))).kakao_account;
    expect(Object.keys(account)).toEqual(['profile_needs_agreement', 'profile']);
    expect(account.profile_needs_agreement).toBe(false);
    expect(Object.keys(account.profile)).toEqual([
      'nickname',
      'thumbnail_image_url',
      'profile_image_url',
      'is_default_image',
      'is_default_nickname',
    ]);
  });

  it('permission-gated CI appears with its RFC 3339 authentication time', async () => {
    const ci = { id: 'account_ci', displayName: 'CI', type: 'PRIVACY' as const, required: false };
    const emulator = await kapiEmulator({ config: appConfig({ consentItems: [ci] }) });
    const { accessToken } = modelTokens(emulator, MINJUN, ['account_ci']);
    const account = (await objectBody(await kapi(emulator, 'GET', ME, { token: accessToken }))).kakao_account;
    expect(account.ci_needs_agreement).toBe(false);
    expect(account.ci).toHaveLength(88);
    expect(account.ci_authenticated_at).toBe('2023-03-14T05:12:40Z');
  });

  it('admin mode answers from the same consent state', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const bearer = await (await kapi(emulator, 'GET', ME, { token: accessToken })).text();
    const viaAdmin = await (await kapi(emulator, 'GET', ME, admin(MINJUN))).text();
    expect(viaAdmin).toBe(bearer);
  });
});

describe('GET /v2/user/me — property_keys and secure_resource', () => {
  it('a key pulls in its companion fields and nothing else', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'GET',
      ME,
      { token: accessToken },
      { property_keys: '["kakao_account.email"]' },
    );
    expect(await body(response)).toEqual({
      id: BigInt(MINJUN),
      connected_at: '2026-01-15T03:00:00Z',
      synched_at: '2026-01-15T03:00:00Z',
      kakao_account: {
        email_needs_agreement: false,
        is_email_valid: true,
        is_email_verified: true,
        email: 'minjun.kim@example.com',
      },
    });
  });

  it('a trailing dot selects every child', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    await kapi(
      emulator,
      'POST',
      '/v1/user/update_profile',
      { token: accessToken },
      { properties: '{"grade":"gold"}' },
    );
    const all = await objectBody(await kapi(emulator, 'GET', ME, { token: accessToken }));
    const accountOnly = await objectBody(
      await kapi(emulator, 'GET', ME, { token: accessToken }, { property_keys: '["kakao_account."]' }),
    );
    expect(accountOnly.kakao_account).toEqual(all.kakao_account);
    expect(accountOnly).not.toHaveProperty('properties');
    const propsOnly = await objectBody(
      await kapi(emulator, 'GET', ME, { token: accessToken }, { property_keys: '["properties."]' }),
    );
    expect(propsOnly.properties).toEqual({ ...all.properties, grade: 'gold' });
    expect(propsOnly).not.toHaveProperty('kakao_account');
  });

  it('selects single properties, and id/has_signed_up are accepted keys', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    await kapi(
      emulator,
      'POST',
      '/v1/user/update_profile',
      { token: accessToken },
      { properties: '{"grade":"gold","level":"3"}' },
    );
    const keys = '["id","has_signed_up","properties.level","properties.nickname"]';
    const me = await body(await kapi(emulator, 'GET', ME, { token: accessToken }, { property_keys: keys }));
    expect(me).toEqual({
      id: BigInt(MINJUN),
      connected_at: '2026-01-15T03:00:00Z',
      synched_at: '2026-01-15T03:00:00Z',
      properties: { nickname: '민준', level: '3' },
    });
  });

  it('-201 for a property key the app does not define, -2 for an unknown key or bad JSON', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const call = (keys: string) => kapi(emulator, 'GET', ME, { token: accessToken }, { property_keys: keys });
    await expectKapiError(
      await call('["properties.shoe_size"]'),
      400,
      -201,
      'user property not found ([shoe_size] for appId=1234567)',
    );
    await expectKapiError(await call('["kakao_account.shoe_size"]'), 400, -2, /kakao_account\.shoe_size/);
    await expectKapiError(await call('["kakao_account.email"'), 400, -2, /property_keys/);
    await expectKapiError(await call('{"a":1}'), 400, -2, /JSON array of strings/);
    await expectKapiError(await call('[1]'), 400, -2, /JSON array of strings/);
  });

  it('secure_resource=true writes https image URLs; false and absent keep http', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const secure = await (
      await kapi(emulator, 'GET', ME, { token: accessToken }, { secure_resource: 'true' })
    ).text();
    expect(secure).not.toContain('http://');
    expect(secure).toContain(`"profile_image_url":"https://${CDN}/img_640x640.jpg"`);
    expect(secure).toContain(`"thumbnail_image":"https://${CDN}/img_110x110.jpg"`);
    const plain = await (
      await kapi(emulator, 'GET', ME, { token: accessToken }, { secure_resource: 'false' })
    ).text();
    expect(plain).not.toContain('https://');
    const bad = await kapi(emulator, 'GET', ME, { token: accessToken }, { secure_resource: 'yes' });
    await expectKapiError(bad, 400, -2, /secure_resource/);
  });
});

describe('GET /v2/user/me — has_signed_up (auto-link off)', () => {
  it('is absent while auto-link is on', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    expect(await body(await kapi(emulator, 'GET', ME, { token: accessToken }))).not.toHaveProperty(
      'has_signed_up',
    );
  });

  it('is false until /v1/user/signup, then true', async () => {
    const emulator = await kapiEmulator({ config: appConfig({ autoLink: false }) });
    const { accessToken } = await loginTokens(emulator);
    const before = await kapi(emulator, 'GET', ME, { token: accessToken });
    expect(await before.text()).toMatch(new RegExp(`^\\{"id":${MINJUN},"has_signed_up":false,`));
    expect((await kapi(emulator, 'POST', '/v1/user/signup', { token: accessToken })).status).toBe(200);
    expect(await body(await kapi(emulator, 'GET', ME, { token: accessToken }))).toMatchObject({
      has_signed_up: true,
    });
    const selected = await kapi(
      emulator,
      'GET',
      ME,
      { token: accessToken },
      { property_keys: '["kakao_account.email"]' },
    );
    expect(await body(selected)).not.toHaveProperty('has_signed_up');
  });
});
