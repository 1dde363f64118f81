import { describe, expect, it } from 'vitest';
import {
  admin,
  appConfig,
  expectKapiError,
  JIHO,
  kapi,
  kapiEmulator,
  loginTokens,
  MINJUN,
  modelTokens,
} from './kapi-helpers.js';

const PATH = '/v1/oidc/userinfo';

describe('GET|POST /v1/oidc/userinfo (spec §7.5)', () => {
  it('answers every consented claim, sub as a string', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator, { scope: 'openid' });
    const response = await kapi(emulator, 'GET', PATH, { token: accessToken });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(await response.json()).toEqual({
      sub: MINJUN,
      name: '김민준',
      nickname: '민준',
      picture: 'http://k.kakaocdn.net/dn/H_jwh9E/btsA1f/img_110x110.jpg',
      email: 'minjun.kim@example.com',
      email_verified: true,
      gender: 'male',
      birthdate: '1992-11-30',
      phone_number: '+82 010-2345-6789',
      phone_number_verified: true,
    });
  });

  it('accepts POST too', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const viaGet = await (await kapi(emulator, 'GET', PATH, { token: accessToken })).text();
    expect(await (await kapi(emulator, 'POST', PATH, { token: accessToken })).text()).toBe(viaGet);
  });

  it('includes only consented claims; birthdate forms follow the consents', async () => {
    const emulator = await kapiEmulator();
    const only = async (scopes: string[]) => {
      const { accessToken } = modelTokens(emulator, MINJUN, []);
      const link = emulator.state.links.values().next().value!;
      link.agreedScopes = new Set(scopes);
      return (await kapi(emulator, 'GET', PATH, { token: accessToken })).json();
    };
    expect(await only([])).toEqual({ sub: MINJUN });
    expect(await only(['birthday'])).toEqual({ sub: MINJUN, birthdate: '0000-11-30' });
    expect(await only(['birthyear'])).toEqual({ sub: MINJUN, birthdate: '1992' });
    expect(await only(['profile_image'])).toEqual({
      sub: MINJUN,
      picture: 'http://k.kakaocdn.net/dn/H_jwh9E/btsA1f/img_110x110.jpg',
    });
  });

  it('email_verified is false for an unverified address', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = modelTokens(emulator, JIHO, ['account_email']);
    expect(await (await kapi(emulator, 'GET', PATH, { token: accessToken })).json()).toEqual({
      sub: JIHO,
      email: 'jiho.park@example.org',
      email_verified: false,
    });
  });

  it('403 -3 when the app has OIDC off (our choice)', async () => {
    const emulator = await kapiEmulator({ config: appConfig({ oidc: false }) });
    const { accessToken } = await loginTokens(emulator);
    await expectKapiError(
      await kapi(emulator, 'GET', PATH, { token: accessToken }),
      403,
      -3,
      /OpenID Connect/,
    );
  });

  it('is Bearer only, and -401 for a bad token', async () => {
    const emulator = await kapiEmulator();
    await loginTokens(emulator);
    await expectKapiError(await kapi(emulator, 'GET', PATH, admin(MINJUN)), 401, -401);
    await expectKapiError(
      await kapi(emulator, 'GET', PATH, { token: 'x' }),
      401,
      -401,
      'this access token does not exist',
    );
  });
});
