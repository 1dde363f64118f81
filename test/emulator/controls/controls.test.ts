import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import { getLink } from '../../../src/emulator/model/lookup.js';
import { authorizeUrl, autoCode, get, redeem, refresh, testEmulator } from '../helpers.js';

type Emu = Awaited<ReturnType<typeof testEmulator>>;

function control(emulator: Emu, path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return emulator.fetch(new Request(`${emulator.authUrl}/__emulator${path}`, init));
}

describe('/__emulator controls', () => {
  it('reset drops sessions, links, codes and tokens', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    await redeem(emulator, await autoCode(emulator));
    expect(emulator.state.accessTokens.size).toBe(1);
    expect((await control(emulator, '/reset', {})).status).toBe(200);
    expect(emulator.state.accessTokens.size + emulator.state.links.size + emulator.state.codes.size).toBe(0);
    expect(emulator.state.apps[0]!.restApiKey).toBe(DEFAULT_APP.restApiKey);
  });

  it('seed adds apps and users; big integer ids survive; bad config → 400 naming the field', async () => {
    const emulator = await testEmulator();
    const seed = `{"apps":[{"restApiKey":"k2","adminKey":"a2","redirectUris":["http://localhost/cb"],"clientSecret":"s"}],
      "users":[{"id":9223372036854775807,"nickname":"최대"}]}`;
    const response = await control(emulator, '/seed', seed);
    expect(response.status).toBe(200);
    expect(emulator.state.users.get('9223372036854775807')?.nickname).toBe('최대');
    const app = emulator.state.apps.find((a) => a.restApiKey === 'k2')!;
    expect(app.clientSecret).toEqual({ enabled: true, value: 's' });
    expect(app.oidc).toBe(true);
    const bad = await control(emulator, '/seed', { users: [{ id: 'abc', nickname: 'x' }] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toContain('users[0].id');
    expect((await control(emulator, '/seed', '{nope')).status).toBe(400);
  });

  it('config lists apps and users with integer ids', async () => {
    const emulator = await testEmulator();
    const text = await (await control(emulator, '/config')).text();
    expect(text).toContain('"id":1376016924426111111');
  });

  it('clock: read, advance, set', async () => {
    const emulator = await testEmulator();
    const start = (await (await control(emulator, '/clock')).json()).now;
    const advanced = (await (await control(emulator, '/clock', { advanceSeconds: 60 })).json()).now;
    expect(advanced - start).toBe(60_000);
    const later = Date.UTC(2030, 0, 1);
    expect((await (await control(emulator, '/clock', { set: later })).json()).now).toBe(later);
    expect((await control(emulator, '/clock', {})).status).toBe(400);
  });

  it('settings: switch rate limits on', async () => {
    const emulator = await testEmulator();
    await control(emulator, '/settings', { rateLimits: true, accessTokensPer10Min: 1 });
    expect(emulator.state.settings.rateLimits).toBe(true);
    expect(emulator.state.settings.accessTokenTtlMs.rest).toBe(21_600_000);
  });

  it('fault: a chosen KOE for the next N matching requests, then normal again', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const armed = await control(emulator, '/faults', {
      match: { path: '/oauth/token' },
      action: {
        kind: 'koe',
        error: 'invalid_request',
        errorCode: 'KOE237',
        description: 'token request rate limit exceeded',
      },
      count: 2,
    });
    expect(armed.status).toBe(201);
    const code = await autoCode(emulator);
    for (let i = 0; i < 2; i++)
      expect((await (await redeem(emulator, code)).json()).error_code).toBe('KOE237');
    expect((await redeem(emulator, code)).status).toBe(200);
  });

  it('fault: 5xx, kapi error, latency (then the real answer), and matching by host/method', async () => {
    const emulator = await testEmulator();
    await control(emulator, '/faults', {
      match: { host: 'auth', method: 'GET' },
      action: { kind: 'status', status: 503 },
    });
    await control(emulator, '/faults', { match: { host: 'api' }, action: { kind: 'kapi', code: -1 } });
    await control(emulator, '/faults', { action: { kind: 'latency', ms: 1 } });
    const jwks = `${emulator.authUrl}/.well-known/jwks.json`;
    expect((await get(emulator, jwks)).status).toBe(503);
    const api = await get(emulator, `${emulator.apiUrl}/v2/user/me`);
    expect(await api.json()).toEqual({ msg: 'internal error.', code: -1 });
    expect((await get(emulator, jwks)).status).toBe(200);
    expect((await get(emulator, jwks)).status).toBe(200);
    expect((await (await control(emulator, '/faults')).json()).faults).toEqual([]);
  });

  it('fault: a dropped connection rejects fetch', async () => {
    const emulator = await testEmulator();
    await control(emulator, '/faults', { action: { kind: 'drop' } });
    await expect(get(emulator, `${emulator.authUrl}/.well-known/jwks.json`)).rejects.toThrow(TypeError);
    expect((await get(emulator, `${emulator.authUrl}/.well-known/jwks.json`)).status).toBe(200);
  });

  it('fault: invalid definitions → 400; DELETE clears', async () => {
    const emulator = await testEmulator();
    expect((await control(emulator, '/faults', { action: { kind: 'explode' } })).status).toBe(400);
    expect((await control(emulator, '/faults', { action: { kind: 'drop' }, count: 0 })).status).toBe(400);
    await control(emulator, '/faults', { action: { kind: 'drop' } });
    await control(emulator, '/faults', undefined, 'DELETE');
    expect(emulator.state.faults).toEqual([]);
  });

  it('the request log never holds a secret', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    emulator.state.apps[0]!.clientSecret = { enabled: true, value: 'sekret-value' };
    const code = await autoCode(emulator, {
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    const tokens = await (
      await redeem(emulator, code, {
        client_secret: 'sekret-value',
        code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
      })
    ).json();
    await refresh(emulator, tokens.refresh_token, { client_secret: 'wrong' });
    await get(emulator, `${emulator.apiUrl}/v2/user/me`, { authorization: `Bearer ${tokens.access_token}` });
    const log = await (await control(emulator, '/log')).text();
    for (const secret of [
      code,
      tokens.access_token,
      tokens.refresh_token,
      tokens.id_token,
      'sekret-value',
      'dBjftJeZ4CVP',
    ]) {
      expect(log).not.toContain(secret);
    }
    const entries = JSON.parse(log).entries;
    expect(entries.map((e: { path: string }) => e.path)).toEqual([
      '/oauth/authorize',
      '/oauth/token',
      '/oauth/token',
      '/v2/user/me',
    ]);
    expect(entries[2]).toMatchObject({
      status: 401,
      errorCode: 'KOE010',
      params: { refresh_token: '[redacted]' },
    });
    expect(entries[3]).toMatchObject({ host: 'api', authScheme: 'Bearer' });
    // A header without a known scheme word may be a bare token: only `[malformed]` is logged.
    await get(emulator, `${emulator.apiUrl}/v2/user/me`, { authorization: tokens.access_token });
    await get(emulator, `${emulator.apiUrl}/v2/user/me`, { authorization: `Bearer:${tokens.access_token}` });
    const bare = JSON.parse(await (await control(emulator, '/log?limit=2')).text()).entries;
    expect(bare.map((e: { authScheme: string }) => e.authScheme)).toEqual(['[malformed]', '[malformed]']);
    expect(JSON.stringify(bare)).not.toContain(tokens.access_token);
    expect((await (await control(emulator, '/log?limit=1')).json()).entries).toHaveLength(1);
    await control(emulator, '/log', undefined, 'DELETE');
    expect(emulator.state.log).toEqual([]);
  });

  it('"user disconnects the app": unlink, tokens dead, webhook called with UNLINK_FROM_APPS', async () => {
    const calls: { url: string; auth: string | null; body: string }[] = [];
    const webhookFetch: typeof fetch = async (input, init) => {
      calls.push({
        url: String(input),
        auth: new Headers(init?.headers).get('authorization'),
        body: String(init?.body),
      });
      return new Response(null, { status: 204 });
    };
    const emulator = await testEmulator({ autoLogin: true, webhookFetch });
    emulator.state.apps[0]!.unlinkCallbackUrl = 'http://127.0.0.1:9/unlinked';
    const tokens = await (await redeem(emulator, await autoCode(emulator))).json();
    const response = await control(emulator, '/users/disconnect', { userId: '1376016924426111111' });
    expect(await response.json()).toEqual({ unlinked: true });
    expect(getLink(emulator.state, DEFAULT_APP.id, '1376016924426111111')).toBeUndefined();
    expect((await (await refresh(emulator, tokens.refresh_token)).json()).error_code).toBe('KOE322');
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.auth).toBe(`KakaoAK ${DEFAULT_APP.adminKey}`);
    expect(new URLSearchParams(calls[0]!.body).get('referrer_type')).toBe('UNLINK_FROM_APPS');
    expect(new URLSearchParams(calls[0]!.body).get('user_id')).toBe('1376016924426111111');
    const deliveries = (await (await control(emulator, '/webhooks')).json()).deliveries;
    expect(deliveries[0]).toMatchObject({ status: 204, referrerType: 'UNLINK_FROM_APPS' });
    // The next login asks for consent again.
    const next = await get(emulator, authorizeUrl(emulator, { prompt: 'none' }));
    expect(new URL(next.headers.get('location')!).searchParams.get('error')).toBe('consent_required');
  });

  it('unknown control → 404; wrong method → 405; controls are not logged', async () => {
    const emulator = await testEmulator();
    expect((await control(emulator, '/nope')).status).toBe(404);
    expect((await control(emulator, '/reset')).status).toBe(405);
    expect(emulator.state.log).toEqual([]);
  });
});
