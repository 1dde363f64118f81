import { describe, expect, it } from 'vitest';
import { armFault } from '../../../src/emulator/index.js';
import { expectKapiError, kapi, kapiEmulator, loginTokens } from './kapi-helpers.js';

describe('kapi under the router: faults and the request log', () => {
  it('an armed kapi fault answers instead of the route, once', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    armFault(emulator.state, { host: 'api', path: '/v2/user/me' }, { kind: 'kapi', code: -10 }, 1);
    await expectKapiError(await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken }), 400, -10);
    expect((await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken })).status).toBe(200);
  });

  it('a transient -1 on access_token_info is injectable (the "retry, do not log out" case)', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    armFault(emulator.state, { path: '/v1/user/access_token_info' }, { kind: 'kapi', code: -1 }, 1);
    const path = '/v1/user/access_token_info';
    await expectKapiError(await kapi(emulator, 'GET', path, { token: accessToken }), 400, -1);
    expect((await kapi(emulator, 'GET', path, { token: accessToken })).status).toBe(200);
  });

  it('the log records kapi calls with their code and never the token or admin key', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken });
    await kapi(emulator, 'GET', '/v2/user/me', { token: 'bogus-token' });
    await kapi(emulator, 'GET', '/v1/user/ids', { admin: 'ad1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a' });
    const api = emulator.state.log.filter((entry) => entry.host === 'api');
    expect(api.map((e) => [e.path, e.status, e.errorCode, e.authScheme])).toEqual([
      ['/v2/user/me', 200, undefined, 'Bearer'],
      ['/v2/user/me', 401, '-401', 'Bearer'],
      ['/v1/user/ids', 200, undefined, 'KakaoAK'],
    ]);
    const text = JSON.stringify(emulator.state.log);
    expect(text).not.toContain(accessToken);
    expect(text).not.toContain('ad1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a');
  });
});
