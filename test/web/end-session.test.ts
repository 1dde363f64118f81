// Logout, unlink and the unlink webhook: each ends the session (and Kakao's tokens where it should),
// each refuses what it must: a POST without the CSRF token, a foreign Origin, a webhook with a
// wrong admin key.
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../src/emulator/index.js';
import { getUser, KakaoApiError } from '../../src/index.js';
import { APP, chunkedBody, get, MINJUN, post, setCookies, signIn, WEBHOOK, webFixture } from './helpers.js';

async function signedIn(options: Parameters<typeof webFixture>[0] = {}) {
  const fx = await webFixture(options);
  const { session } = await signIn(fx);
  const me = (await fx.auth.getSession(get('/', session)))!;
  const accessToken = await fx.auth.tokens.getAccessToken(MINJUN);
  return { fx, session, me, accessToken };
}

const codeOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('logout', () => {
  it('ends the session, logs the token out at Kakao, and the old cookie no longer works', async () => {
    const { fx, session, me, accessToken } = await signedIn();
    const response = await fx.auth.handler(post('/auth/kakao/logout', session, { csrf: me.csrfToken }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(setCookies(response).some((c) => c.startsWith('kakao_session=;') && c.includes('Max-Age=0'))).toBe(
      true,
    );
    expect(await fx.auth.getSession(get('/', session))).toBeNull();
    await expect(getUser(fx.kakao, { accessToken })).rejects.toMatchObject({ apiCode: -401 });
  });

  it('leaves the user’s other session signed in, but its token calls then need a new sign-in', async () => {
    const { fx, session, me } = await signedIn();
    const other = (await signIn(fx)).session;
    await fx.auth.handler(post('/auth/kakao/logout', session, { csrf: me.csrfToken }));
    const otherSession = (await fx.auth.getSession(get('/', other)))!;
    expect(otherSession.userId).toBe(MINJUN);
    await expect(
      fx.auth.withAccessToken(otherSession, (accessToken) => getUser(fx.kakao, { accessToken })),
    ).rejects.toMatchObject({ code: 'sign_in_required', reason: 'no_tokens' });
  });

  it('can go through Kakao’s account logout', async () => {
    const { fx, session, me } = await signedIn({
      config: { logoutRedirectUri: 'http://127.0.0.1:8719/logout' },
    });
    const response = await fx.auth.handler(post('/auth/kakao/logout', session, { csrf: me.csrfToken }));
    const url = new URL(response.headers.get('location')!);
    expect(url.pathname).toBe('/oauth/logout');
    expect(url.searchParams.get('logout_redirect_uri')).toBe('http://127.0.0.1:8719/logout');
  });

  it('refuses a POST without the CSRF token, with a wrong one, from another origin, and a GET', async () => {
    const { fx, session, me } = await signedIn();
    const json = { accept: 'application/json' };
    const missing = await fx.auth.handler(post('/auth/kakao/logout', session, {}, json));
    expect([missing.status, await codeOf(missing)]).toEqual([403, 'csrf_failed']);
    const wrong = await fx.auth.handler(post('/auth/kakao/logout', session, { csrf: 'x' }, json));
    expect(await codeOf(wrong)).toBe('csrf_failed');
    const foreign = await fx.auth.handler(
      post(
        '/auth/kakao/logout',
        session,
        { csrf: me.csrfToken },
        { ...json, origin: 'https://evil.example' },
      ),
    );
    expect(await codeOf(foreign)).toBe('csrf_failed');
    const viaGet = await fx.auth.handler(get('/auth/kakao/logout', session, json));
    expect(viaGet.status).toBe(405);
    expect(viaGet.headers.get('allow')).toBe('POST');
    expect(await fx.auth.getSession(get('/', session))).not.toBeNull();
  });

  it('refuses a chunked form over 16 KiB with 413 without reading it all, ending nothing', async () => {
    const { fx, session, me } = await signedIn();
    const { body, pulled } = chunkedBody(`csrf=${me.csrfToken}&pad=`, 8 * 1024 * 1024);
    const request = new Request(`${APP}/auth/kakao/logout`, {
      method: 'POST',
      headers: {
        cookie: session,
        origin: APP,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const response = await fx.auth.handler(request);
    expect([response.status, await codeOf(response)]).toEqual([413, 'body_too_large']);
    expect(pulled()).toBeLessThan(1024 * 1024);
    expect(await fx.auth.getSession(get('/', session))).not.toBeNull();
  });

  it('accepts the token as an x-csrf-token header and answers JSON clients', async () => {
    const { fx, session, me } = await signedIn();
    const request = new Request(`${APP}/auth/kakao/logout`, {
      method: 'POST',
      headers: { cookie: session, 'x-csrf-token': me.csrfToken, accept: 'application/json' },
    });
    const response = await fx.auth.handler(request);
    expect(await response.json()).toEqual({ signedOut: true });
  });
});

describe('unlink', () => {
  it('unlinks at Kakao and ends every session of the user', async () => {
    const { fx, session, me, accessToken } = await signedIn();
    const second = (await signIn(fx)).session;
    const response = await fx.auth.handler(post('/auth/kakao/unlink', session, { csrf: me.csrfToken }));
    expect(response.status).toBe(303);
    expect(fx.emulator.state.links.size).toBe(0);
    expect(await fx.auth.getSession(get('/', session))).toBeNull();
    expect(await fx.auth.getSession(get('/', second))).toBeNull();
    await expect(getUser(fx.kakao, { accessToken })).rejects.toBeInstanceOf(KakaoApiError);
  });

  it('refuses without the CSRF token and without a session', async () => {
    const { fx, session } = await signedIn();
    const json = { accept: 'application/json' };
    expect(await codeOf(await fx.auth.handler(post('/auth/kakao/unlink', session, {}, json)))).toBe(
      'csrf_failed',
    );
    expect(await codeOf(await fx.auth.handler(post('/auth/kakao/unlink', '', {}, json)))).toBe(
      'not_signed_in',
    );
    expect(fx.emulator.state.links.size).toBe(1);
  });
});

describe('endUser', () => {
  it('ends every session of the user and forgets the tokens (for the token manager’s ended hook)', async () => {
    const { fx, session } = await signedIn();
    await fx.auth.endUser(MINJUN);
    expect(await fx.auth.getSession(get('/', session))).toBeNull();
    await expect(fx.auth.tokens.getAccessToken(MINJUN)).rejects.toMatchObject({ code: 'sign_in_required' });
  });
});

describe('unlink webhook', () => {
  const hook = (authorization: string, body: Record<string, string>) =>
    new Request(WEBHOOK, {
      method: 'POST',
      headers: {
        authorization,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams(body),
    });

  it('from the emulator’s disconnect control: ends the user’s sessions and tokens, calls the hook', async () => {
    const events: unknown[] = [];
    const { fx, session } = await signedIn({ config: { onUnlink: (event) => void events.push(event) } });
    const control = await fx.emulator.fetch(
      new Request(`${fx.emulator.authUrl}/__emulator/users/disconnect`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: MINJUN }),
      }),
    );
    expect(await control.json()).toEqual({ unlinked: true });
    await expect.poll(() => fx.emulator.state.webhooks[0]?.status, { timeout: 5000 }).toBe(200);
    expect(events).toEqual([
      { userId: MINJUN, appId: String(DEFAULT_APP.id), referrerType: 'UNLINK_FROM_APPS' },
    ]);
    expect(await fx.auth.getSession(get('/', session))).toBeNull();
    await expect(fx.auth.tokens.getAccessToken(MINJUN)).rejects.toMatchObject({
      code: 'sign_in_required',
      reason: 'no_tokens',
    });
  });

  it('is idempotent, and a later sign-in of the same user works again', async () => {
    const { fx } = await signedIn();
    const body = { app_id: String(DEFAULT_APP.id), user_id: MINJUN, referrer_type: 'UNLINK_FROM_APPS' };
    for (let i = 0; i < 2; i++) {
      const response = await fx.auth.handler(hook(`KakaoAK ${DEFAULT_APP.adminKey}`, body));
      expect(response.status).toBe(200);
    }
    const again = (await signIn(fx)).session;
    expect((await fx.auth.getSession(get('/', again)))?.userId).toBe(MINJUN);
  });

  it('refuses a wrong or missing admin key and a malformed user_id, ending nothing', async () => {
    const { fx, session } = await signedIn();
    const body = { user_id: MINJUN };
    for (const authorization of [
      'KakaoAK wrong',
      `Bearer ${DEFAULT_APP.adminKey}`,
      '',
      `KakaoAK ${DEFAULT_APP.adminKey}x`,
    ]) {
      const response = await fx.auth.handler(hook(authorization, body));
      expect(response.status).toBe(401);
      expect(await codeOf(response)).toBe('webhook_unauthorized');
    }
    const bad = await fx.auth.handler(hook(`KakaoAK ${DEFAULT_APP.adminKey}`, { user_id: '__proto__' }));
    expect(await codeOf(bad)).toBe('webhook_bad_request');
    expect(await fx.auth.getSession(get('/', session))).not.toBeNull();
  });

  it('refuses a chunked notification over 4 KiB with 413 without reading it all, ending nothing', async () => {
    const { fx, session } = await signedIn();
    const { body, pulled } = chunkedBody(`user_id=${MINJUN}&pad=`, 8 * 1024 * 1024);
    const request = new Request(WEBHOOK, {
      method: 'POST',
      headers: {
        authorization: `KakaoAK ${DEFAULT_APP.adminKey}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await fx.auth.handler(request);
    expect([response.status, await codeOf(response)]).toEqual([413, 'body_too_large']);
    expect(pulled()).toBeLessThan(1024 * 1024);
    expect(await fx.auth.getSession(get('/', session))).not.toBeNull();
  });

  it('answers within its hook deadline even when the app’s hook hangs', async () => {
    const { fx } = await signedIn({
      config: { onUnlink: () => new Promise(() => {}), webhookHookTimeoutMs: 200 },
    });
    const started = Date.now();
    const response = await fx.auth.handler(hook(`KakaoAK ${DEFAULT_APP.adminKey}`, { user_id: MINJUN }));
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(200 + 2000);
  });
});
