// The dashboard's own controls in-process: expire tokens, revoke one consent, the live log
// stream, the assets, and the errors each gives for bad input.
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP, startEmulator } from '../../../src/emulator/index.js';
import { getLink } from '../../../src/emulator/model/lookup.js';
import { autoCode, get, redeem, testEmulator, testKey } from '../helpers.js';

type Emu = Awaited<ReturnType<typeof testEmulator>>;
const MINJUN = '1376016924426111111';

function post(emulator: Emu, path: string, body: unknown): Promise<Response> {
  return emulator.fetch(
    new Request(`${emulator.authUrl}/__emulator${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

async function signedIn() {
  const emulator = await testEmulator({ autoLogin: true });
  const tokens = (await (await redeem(emulator, await autoCode(emulator))).json()) as {
    access_token: string;
    refresh_token: string;
  };
  return { emulator, tokens };
}

describe('dashboard controls', () => {
  it('tokens/expire expires the live access or refresh tokens of one user and app', async () => {
    const { emulator, tokens } = await signedIn();
    const me = () =>
      get(emulator, `${emulator.apiUrl}/v2/user/me`, { authorization: `Bearer ${tokens.access_token}` });
    expect((await me()).status).toBe(200);
    const access = await post(emulator, '/tokens/expire', { userId: MINJUN, kind: 'access' });
    expect(await access.json()).toEqual({ expired: 1 });
    const answer = await me();
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ code: -401, msg: 'this access token is already expired' });
    expect(await (await post(emulator, '/tokens/expire', { userId: MINJUN, kind: 'access' })).json()).toEqual(
      { expired: 0 },
    );
    expect(
      await (await post(emulator, '/tokens/expire', { userId: MINJUN, kind: 'refresh' })).json(),
    ).toEqual({ expired: 1 });
    expect(emulator.state.refreshTokens.get(tokens.refresh_token)?.expiresAt).toBe(
      emulator.state.clock.now(),
    );
  });

  it('tokens/expire says what is wrong with a bad body', async () => {
    const emulator = await testEmulator();
    const cases: [unknown, string][] = [
      [{ userId: MINJUN, kind: 'id' }, 'tokens/expire.kind must be one of "access", "refresh"'],
      [{ userId: 'abc', kind: 'access' }, 'tokens/expire.userId must match'],
      [{ userId: MINJUN, kind: 'access', clientId: 'nope' }, 'clientId must be the REST API key'],
    ];
    for (const [body, message] of cases) {
      const response = await post(emulator, '/tokens/expire', body);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toContain(message);
    }
  });

  it('users/consents/revoke drops one optional consent; a required one or an unlinked user is refused', async () => {
    const { emulator } = await signedIn();
    const ok = await post(emulator, '/users/consents/revoke', { userId: MINJUN, scope: 'account_email' });
    expect(await ok.json()).toEqual({ revoked: ['account_email'] });
    expect(getLink(emulator.state, DEFAULT_APP.id, MINJUN)?.agreedScopes.has('account_email')).toBe(false);
    const required = await post(emulator, '/users/consents/revoke', {
      userId: MINJUN,
      scope: 'profile_nickname',
    });
    expect(required.status).toBe(400);
    expect((await required.json()).error).toContain('is not revocable');
    const again = await post(emulator, '/users/consents/revoke', { userId: MINJUN, scope: 'account_email' });
    expect((await again.json()).error).toContain('There is no scopes to revoke');
    const unlinked = await post(emulator, '/users/consents/revoke', {
      userId: '1376016924426222222',
      scope: 'x',
    });
    expect((await unlinked.json()).error).toBe('the user is not linked to the app');
    const noScope = await post(emulator, '/users/consents/revoke', { userId: MINJUN });
    expect((await noScope.json()).error).toContain('users/consents/revoke.scope is required');
  });

  it('log/stream: clear and the backlog first, then each new entry; a reset clears again', async () => {
    const { emulator } = await signedIn();
    const response = await get(emulator, `${emulator.authUrl}/__emulator/log/stream`);
    expect(response.headers.get('content-type')).toBe('text/event-stream;charset=UTF-8');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = (await reader.read()).value ?? '';
    expect(first).toMatch(/^retry: 1000\n\nevent: clear\ndata: \{\}\n\n/);
    expect(first.match(/^data: \{"at"/gm)).toHaveLength(2);
    expect(first).toContain('"path":"/oauth/token"');
    expect(first).not.toMatch(/"code":"(?!\[redacted\])/);
    await get(emulator, `${emulator.apiUrl}/v2/user/me`);
    const next = (await reader.read()).value ?? '';
    expect(next).toMatch(/^data: \{.*"path":"\/v2\/user\/me".*"status":401.*"errorCode":"-401"/);
    await post(emulator, '/reset', {});
    expect((await reader.read()).value).toBe('event: clear\ndata: {}\n\n');
    await reader.cancel();
  });

  it('serves the page, script and stylesheet with their types; unknown methods get 405', async () => {
    const emulator = await testEmulator();
    for (const [path, type] of [
      ['/', 'text/html'],
      ['/dashboard.js', 'text/javascript'],
      ['/dashboard.css', 'text/css'],
    ]) {
      const response = await get(emulator, `${emulator.authUrl}/__emulator${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await get(emulator, `${emulator.authUrl}/__emulator`)).headers.get('content-type')).toContain(
      'text/html',
    );
    expect((await post(emulator, '/', {})).status).toBe(405);
  });

  it('log/stream over a socket: entries arrive as they happen; close() ends the stream at once', async () => {
    const kakao = await startEmulator({ signingKeys: [await testKey()] });
    const response = await fetch(`${kakao.authUrl}/__emulator/log/stream`);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).toContain('event: clear');
    await fetch(`${kakao.apiUrl}/v2/user/me`);
    expect((await reader.read()).value).toContain('"path":"/v2/user/me"');
    const started = Date.now();
    await kakao.close();
    await reader.read().catch(() => undefined);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("the log keeps an error answer's message, with any secret the request sent redacted", async () => {
    const emulator = await testEmulator();
    await post(emulator, '/faults', {
      match: { path: '/oauth/token' },
      action: {
        kind: 'koe',
        error: 'invalid_client',
        errorCode: 'KOE010',
        description: 'bad secret sec-ret-1234',
      },
    });
    await emulator.fetch(
      new Request(`${emulator.authUrl}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=refresh_token&client_secret=sec-ret-1234&refresh_token=abcd',
      }),
    );
    await get(emulator, `${emulator.apiUrl}/v2/user/me`);
    const [token, me] = emulator.state.log;
    expect(token).toMatchObject({ errorCode: 'KOE010', errorMessage: 'bad secret [redacted]' });
    expect(me).toMatchObject({ errorCode: '-401', errorMessage: 'no authentication key!' });
    expect(JSON.stringify(emulator.state.log)).not.toContain('sec-ret-1234');
  });

  it('faults/disarm removes one armed fault by id, and says what an id must be', async () => {
    const emulator = await testEmulator();
    const armed = (await (await post(emulator, '/faults', { action: { kind: 'drop' } })).json()) as {
      id: number;
    };
    await post(emulator, '/faults', { action: { kind: 'status', status: 503 } });
    expect(await (await post(emulator, '/faults/disarm', { id: armed.id })).json()).toEqual({
      disarmed: true,
    });
    expect(emulator.state.faults.map((f) => f.action.kind)).toEqual(['status']);
    expect(await (await post(emulator, '/faults/disarm', { id: armed.id })).json()).toEqual({
      disarmed: false,
    });
    const bad = await post(emulator, '/faults/disarm', { id: '1' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toContain('faults/disarm.id must be');
  });
});
