import { describe, expect, it } from 'vitest';
import { getLink } from '../../../src/emulator/model/lookup.js';
import { refresh } from '../helpers.js';
import {
  admin,
  appConfig,
  expectKapiError,
  kapi,
  kapiEmulator,
  loginTokens,
  MINJUN,
  modelTokens,
} from './kapi-helpers.js';

const ME = '/v2/user/me';

describe('POST /v1/user/logout (spec §10)', () => {
  it('Bearer: kills that access token and its refresh token, not another login', async () => {
    const emulator = await kapiEmulator();
    const first = await loginTokens(emulator);
    const second = await loginTokens(emulator);
    const response = await kapi(emulator, 'POST', '/v1/user/logout', { token: first.accessToken });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`{"id":${MINJUN}}`);
    await expectKapiError(await kapi(emulator, 'GET', ME, { token: first.accessToken }), 401, -401);
    expect((await refresh(emulator, first.refreshToken)).status).toBe(400);
    expect((await kapi(emulator, 'GET', ME, { token: second.accessToken })).status).toBe(200);
  });

  it('Bearer: keeps the browser session, so authorize silently issues a new code', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    await kapi(emulator, 'POST', '/v1/user/logout', { token: accessToken });
    const again = await loginTokens(emulator, { prompt: 'none' });
    expect((await kapi(emulator, 'GET', ME, { token: again.accessToken })).status).toBe(200);
  });

  it('admin: kills every token of the user', async () => {
    const emulator = await kapiEmulator();
    const first = await loginTokens(emulator);
    const second = await loginTokens(emulator);
    const response = await kapi(emulator, 'POST', '/v1/user/logout', admin(MINJUN));
    expect(await response.text()).toBe(`{"id":${MINJUN}}`);
    for (const tokens of [first, second]) {
      await expectKapiError(await kapi(emulator, 'GET', ME, { token: tokens.accessToken }), 401, -401);
    }
    expect(getLink(emulator.state, emulator.state.apps[0]!.id, MINJUN)).toBeDefined();
  });

  it('admin: -101 for a user who is not linked', async () => {
    const emulator = await kapiEmulator();
    await expectKapiError(await kapi(emulator, 'POST', '/v1/user/logout', admin(MINJUN)), 400, -101);
  });

  it('refuses GET', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    expect((await kapi(emulator, 'GET', '/v1/user/logout', { token: accessToken })).status).toBe(405);
  });
});

describe('POST /v1/user/unlink (spec §11)', () => {
  it('Bearer: removes link, consents, properties and every token', async () => {
    const emulator = await kapiEmulator();
    const first = await loginTokens(emulator);
    const second = await loginTokens(emulator);
    await kapi(
      emulator,
      'POST',
      '/v1/user/update_profile',
      { token: first.accessToken },
      { properties: '{"grade":"gold"}' },
    );
    const response = await kapi(emulator, 'POST', '/v1/user/unlink', { token: first.accessToken });
    expect(await response.text()).toBe(`{"id":${MINJUN}}`);
    expect(getLink(emulator.state, emulator.state.apps[0]!.id, MINJUN)).toBeUndefined();
    await expectKapiError(await kapi(emulator, 'GET', ME, { token: second.accessToken }), 401, -401);
    expect((await refresh(emulator, second.refreshToken)).status).toBe(400);
    await expectKapiError(await kapi(emulator, 'GET', ME, admin(MINJUN)), 400, -101);
  });

  it('after unlink a new login links again with a new connected_at and no old properties', async () => {
    const emulator = await kapiEmulator();
    const first = await loginTokens(emulator);
    await kapi(
      emulator,
      'POST',
      '/v1/user/update_profile',
      { token: first.accessToken },
      { properties: '{"grade":"gold"}' },
    );
    await kapi(emulator, 'POST', '/v1/user/unlink', { token: first.accessToken });
    emulator.state.clock.advance(60_000);
    const again = await loginTokens(emulator);
    const me = (await (await kapi(emulator, 'GET', ME, { token: again.accessToken })).json()) as Record<
      string,
      unknown
    >;
    expect(me.connected_at).toBe('2026-01-15T03:01:00Z');
    expect(me.properties).not.toHaveProperty('grade');
  });

  it('admin: unlinks the target; a second unlink is -101', async () => {
    const emulator = await kapiEmulator();
    modelTokens(emulator, MINJUN, ['profile_nickname']);
    expect((await kapi(emulator, 'POST', '/v1/user/unlink', admin(MINJUN))).status).toBe(200);
    await expectKapiError(await kapi(emulator, 'POST', '/v1/user/unlink', admin(MINJUN)), 400, -101);
  });

  it('does not call the unlink webhook for the app’s own API unlink', async () => {
    const calls: string[] = [];
    const webhookFetch = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    const config = appConfig({ unlinkCallbackUrl: 'http://127.0.0.1:9/unlinked' });
    const emulator = await kapiEmulator({ config, webhookFetch });
    const { accessToken } = await loginTokens(emulator);
    expect((await kapi(emulator, 'POST', '/v1/user/unlink', { token: accessToken })).status).toBe(200);
    expect(calls).toEqual([]);
    expect(emulator.state.webhooks).toEqual([]);
  });
});
