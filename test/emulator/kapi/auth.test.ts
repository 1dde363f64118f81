import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_KEY } from '../../../src/emulator/index.js';
import { MAX_ACCESS_TOKEN_LENGTH } from '../../../src/emulator/kapi/auth.js';
import {
  admin,
  appConfig,
  body,
  expectKapiError,
  HAEUN,
  kapi,
  kapiEmulator,
  loginTokens,
  MINJUN,
  modelTokens,
} from './kapi-helpers.js';

describe('kapi authentication (spec §23.8)', () => {
  it('answers a live Bearer token with JSON and Kakao content type', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(emulator, 'GET', '/v1/user/access_token_info', { token: accessToken });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
  });

  it('accepts the Bearer scheme in any case', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(emulator, 'GET', '/v2/user/me', { header: `bEaReR ${accessToken}` });
    expect(response.status).toBe(200);
  });

  it('refuses a missing Authorization header with -401 and WWW-Authenticate', async () => {
    const emulator = await kapiEmulator();
    await expectKapiError(
      await kapi(emulator, 'GET', '/v2/user/me', undefined),
      401,
      -401,
      'no authentication key!',
    );
  });

  it('refuses an unknown scheme with -8, and a lower-case kakaoak too', async () => {
    const emulator = await kapiEmulator();
    await expectKapiError(await kapi(emulator, 'GET', '/v2/user/me', { header: 'Basic abc' }), 400, -8);
    const lower = await kapi(emulator, 'GET', '/v2/user/me', { header: `kakaoak ${DEFAULT_ADMIN_KEY}` });
    await expectKapiError(lower, 400, -8);
  });

  it('refuses a scheme without a single credential with -2', async () => {
    const emulator = await kapiEmulator();
    await expectKapiError(await kapi(emulator, 'GET', '/v2/user/me', { header: 'Bearer' }), 400, -2);
    await expectKapiError(await kapi(emulator, 'GET', '/v2/user/me', { header: 'Bearer a b' }), 400, -2);
  });

  it('refuses an unknown token', async () => {
    const emulator = await kapiEmulator();
    const response = await kapi(emulator, 'GET', '/v2/user/me', { token: 'nope-not-a-token' });
    await expectKapiError(response, 401, -401, 'this access token does not exist');
  });

  it('refuses an expired token with its own message', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    emulator.state.clock.advance(6 * 3_600_000);
    const response = await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken });
    await expectKapiError(response, 401, -401, 'this access token is already expired');
  });

  it('refuses an absurdly long token with -2 "too long for access token."', async () => {
    const emulator = await kapiEmulator();
    const response = await kapi(emulator, 'GET', '/v2/user/me', {
      token: 'A'.repeat(MAX_ACCESS_TOKEN_LENGTH + 1),
    });
    await expectKapiError(response, 400, -2, 'too long for access token.');
  });

  it('a token of exactly the maximum length is looked up (-401), not refused as too long', async () => {
    const emulator = await kapiEmulator();
    const response = await kapi(emulator, 'GET', '/v2/user/me', {
      token: 'A'.repeat(MAX_ACCESS_TOKEN_LENGTH),
    });
    await expectKapiError(response, 401, -401, 'this access token does not exist');
  });

  it('never echoes the presented token or key in an error', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    emulator.state.clock.advance(7 * 3_600_000);
    const secrets = [accessToken, 'not-the-admin-key-0123456789', 'Z'.repeat(MAX_ACCESS_TOKEN_LENGTH + 1)];
    const responses = [
      await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken }),
      await kapi(emulator, 'GET', '/v2/user/me', { admin: secrets[1]!, target: MINJUN }),
      await kapi(emulator, 'GET', '/v2/user/me', { token: secrets[2]! }),
      await kapi(emulator, 'GET', '/v2/user/me', { header: `Token ${secrets[1]}` }),
    ];
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      const text = await response.text();
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it('refuses a wrong admin key with -401 "invalid app key."', async () => {
    const emulator = await kapiEmulator();
    const response = await kapi(emulator, 'GET', '/v2/user/me', { admin: 'wrong', target: MINJUN });
    await expectKapiError(response, 401, -401, 'invalid app key.');
  });

  it('requires target_id_type=user_id and target_id on admin user calls', async () => {
    const emulator = await kapiEmulator();
    modelTokens(emulator, MINJUN, ['profile_nickname']);
    await expectKapiError(await kapi(emulator, 'GET', '/v2/user/me', admin()), 400, -2, /target_id_type/);
    const noId = await kapi(emulator, 'GET', '/v2/user/me', admin(), { target_id_type: 'user_id' });
    await expectKapiError(noId, 400, -2, /target_id/);
    const badType = await kapi(emulator, 'GET', '/v2/user/me', admin(), {
      target_id_type: 'uuid',
      target_id: MINJUN,
    });
    await expectKapiError(badType, 400, -2);
  });

  it('answers -101 for an admin call on an unknown or unlinked user', async () => {
    const emulator = await kapiEmulator();
    await expectKapiError(await kapi(emulator, 'GET', '/v2/user/me', admin(MINJUN)), 400, -101);
    await expectKapiError(await kapi(emulator, 'GET', '/v2/user/me', admin('42')), 400, -101);
  });

  it('answers an admin call on a linked user', async () => {
    const emulator = await kapiEmulator();
    modelTokens(emulator, MINJUN, ['profile_nickname']);
    const response = await kapi(emulator, 'GET', '/v2/user/me', admin(MINJUN));
    expect(response.status).toBe(200);
    expect(await body(response)).toMatchObject({ id: BigInt(MINJUN) });
  });

  it('refuses Bearer on admin-only endpoints and the admin key on Bearer-only ones', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    await expectKapiError(await kapi(emulator, 'GET', '/v1/user/ids', { token: accessToken }), 401, -401);
    const users = await kapi(
      emulator,
      'GET',
      '/v2/app/users',
      { token: accessToken },
      { target_ids: `[${MINJUN}]` },
    );
    await expectKapiError(users, 401, -401);
    const info = await kapi(emulator, 'GET', '/v1/user/access_token_info', admin(MINJUN));
    await expectKapiError(info, 401, -401);
  });

  it('answers -406 for an under-14 user when the app blocks them', async () => {
    const emulator = await kapiEmulator({ config: appConfig({ blockUnder14: true }) });
    const { accessToken } = modelTokens(emulator, HAEUN, ['profile_nickname']);
    await expectKapiError(await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken }), 401, -406);
  });
});

describe('kapi routing', () => {
  it('answers an unknown path with Kakao-style 404 JSON', async () => {
    const emulator = await kapiEmulator();
    const response = await kapi(emulator, 'GET', '/v2/user/nothing', undefined);
    const json = await expectKapiError(response, 404, -9);
    expect(json.msg).toContain('/v2/user/nothing');
  });

  it('answers a wrong method with 405, Allow and a kapi body', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(emulator, 'GET', '/v1/user/logout', { token: accessToken });
    expect(response.headers.get('allow')).toBe('POST');
    await expectKapiError(response, 405, -2);
  });
});
