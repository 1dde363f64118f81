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

const UPDATE = '/v1/user/update_profile';
const SIGNUP = '/v1/user/signup';

describe('POST /v1/user/update_profile (spec §15)', () => {
  it('stores custom properties and answers {id}', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'POST',
      UPDATE,
      { token: accessToken },
      { properties: '{"grade":"gold","level":3}' },
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`{"id":${MINJUN}}`);
    const me = await objectBody(await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken }));
    expect(me.properties).toMatchObject({ grade: 'gold', level: '3' });
  });

  it('-201 with Kakao’s message for undefined keys; nothing is written', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'POST',
      UPDATE,
      { token: accessToken },
      { properties: '{"grade":"gold","gender":"x","age":"1"}' },
    );
    await expectKapiError(response, 400, -201, 'user property not found ([gender, age] for appId=1234567)');
    const me = await objectBody(await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken }));
    expect(me.properties).not.toHaveProperty('grade');
  });

  it('the default keys nickname/profile_image/thumbnail_image are not writable', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'POST',
      UPDATE,
      { token: accessToken },
      { properties: '{"nickname":"x"}' },
    );
    await expectKapiError(response, 400, -201, /\[nickname\]/);
  });

  it('-2 for missing, empty, malformed or non-object properties', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const call = (params: Record<string, string>) =>
      kapi(emulator, 'POST', UPDATE, { token: accessToken }, params);
    await expectKapiError(await call({}), 400, -2, /properties is required/);
    await expectKapiError(await call({ properties: '{}' }), 400, -2, /properties is required/);
    await expectKapiError(await call({ properties: '{"grade":' }), 400, -2, /properties must be/);
    await expectKapiError(await call({ properties: '["grade"]' }), 400, -2, /properties must be/);
    await expectKapiError(await call({ properties: '{"grade":{"a":1}}' }), 400, -2, /values must be strings/);
  });

  it('is Bearer only', async () => {
    const emulator = await kapiEmulator();
    await loginTokens(emulator);
    const response = await kapi(emulator, 'POST', UPDATE, admin(MINJUN), { properties: '{"grade":"gold"}' });
    await expectKapiError(response, 401, -401);
  });
});

describe('POST /v1/user/signup (spec §16)', () => {
  it('-102 when auto-link is on (the user is already linked)', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    await expectKapiError(await kapi(emulator, 'POST', SIGNUP, { token: accessToken }), 400, -102);
  });

  it('signs a pre-registered user up once, with optional properties', async () => {
    const emulator = await kapiEmulator({ config: appConfig({ autoLink: false }) });
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'POST',
      SIGNUP,
      { token: accessToken },
      { properties: '{"grade":"silver"}' },
    );
    expect(await response.text()).toBe(`{"id":${MINJUN}}`);
    const me = await objectBody(await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken }));
    expect(me).toMatchObject({ has_signed_up: true, properties: { grade: 'silver' } });
    await expectKapiError(await kapi(emulator, 'POST', SIGNUP, { token: accessToken }), 400, -102);
  });

  it('bad properties leave the user pre-registered', async () => {
    const emulator = await kapiEmulator({ config: appConfig({ autoLink: false }) });
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'POST',
      SIGNUP,
      { token: accessToken },
      { properties: '{"shoe":"270"}' },
    );
    await expectKapiError(response, 400, -201);
    const me = await objectBody(await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken }));
    expect(me.has_signed_up).toBe(false);
  });
});
