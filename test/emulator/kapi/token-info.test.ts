import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_ID } from '../../../src/emulator/model/defaults.js';
import { body, kapi, kapiEmulator, loginTokens, MINJUN } from './kapi-helpers.js';

describe('GET /v1/user/access_token_info (spec §9)', () => {
  it('answers {id, expires_in, app_id} in that order, the id byte-for-byte', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    emulator.state.clock.advance(1500);
    const response = await kapi(emulator, 'GET', '/v1/user/access_token_info', { token: accessToken });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`{"id":${MINJUN},"expires_in":21598,"app_id":${DEFAULT_APP_ID}}`);
  });

  it('counts expires_in down with the clock', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    emulator.state.clock.advance(3_600_000);
    const response = await kapi(emulator, 'GET', '/v1/user/access_token_info', { token: accessToken });
    expect(await body(response)).toMatchObject({ expires_in: 18_000 });
  });
});
