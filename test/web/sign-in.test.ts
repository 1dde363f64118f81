// Login → Kakao (the emulator in-process) → callback → session, and the attacks on that path:
// forged or replayed state, a callback without an attempt, a returnTo to another origin.
import { describe, expect, it } from 'vitest';
import { getUser } from '../../src/index.js';
import { createSealer } from '../../src/web/crypto/seal.js';
import { createMemoryWebStore, type WebStore } from '../../src/web/index.js';
import {
  APP,
  CALLBACK,
  get,
  MINJUN,
  SECRET,
  setCookies,
  signIn,
  startAndAuthorize,
  webFixture,
} from './helpers.js';

describe('login', () => {
  it('redirects to Kakao with state, nonce, PKCE S256 and the options, in an attempt cookie of its own', async () => {
    const fx = await webFixture();
    const response = await fx.auth.handler(
      get(
        '/auth/kakao/login?returnTo=/me&prompt=login&login_hint=a@b.c&service_terms=terms_of_use&scope=account_email',
      ),
    );
    expect(response.status).toBe(303);
    const url = new URL(response.headers.get('location')!);
    expect(`${url.origin}${url.pathname}`).toBe(`${fx.emulator.authUrl}/oauth/authorize`);
    const q = url.searchParams;
    expect(q.get('redirect_uri')).toBe(CALLBACK);
    expect(q.get('state')).toMatch(/^[\w-]{43}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('prompt')).toBe('login');
    expect(q.get('login_hint')).toBe('a@b.c');
    expect(q.get('service_terms')).toBe('terms_of_use');
    expect(q.get('scope')).toBe('openid,profile_nickname,account_email');
    const [cookie] = setCookies(response);
    expect(cookie).toMatch(new RegExp(`^kakao_tx_${q.get('state')!.slice(0, 16)}=`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Max-Age=600');
    expect(cookie).not.toContain('Secure');
    expect(cookie).not.toContain(q.get('state')!.slice(16)); // the state itself is sealed
  });

  it('two tabs get two attempt cookies, and each finishes on its own', async () => {
    const fx = await webFixture();
    const first = await startAndAuthorize(fx);
    const second = await startAndAuthorize(fx);
    expect(first.txCookie.split('=')[0]).not.toBe(second.txCookie.split('=')[0]);
    const both = `${first.txCookie}; ${second.txCookie}`;
    const a = await fx.auth.handler(get(first.callbackUrl, both));
    const b = await fx.auth.handler(get(second.callbackUrl, both));
    expect([a.status, b.status]).toEqual([303, 303]);
  });

  it('refuses a returnTo too long to travel in the attempt cookie', async () => {
    const fx = await webFixture();
    const long = `/${'a'.repeat(2048)}`;
    const response = await fx.auth.handler(
      get(`/auth/kakao/login?returnTo=${encodeURIComponent(long)}`, '', { accept: 'application/json' }),
    );
    expect([response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([
      400,
      'bad_return_to',
    ]);
    expect((await fx.auth.handler(get(`/auth/kakao/login?returnTo=${long.slice(0, 2048)}`))).status).toBe(
      303,
    );
  });

  it('refuses a returnTo on another origin', async () => {
    const fx = await webFixture();
    for (const target of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '/.//evil.example/x',
      '/a/..//evil.example/x',
      '/%2e//evil.example/x',
    ]) {
      const response = await fx.auth.handler(
        get(`/auth/kakao/login?returnTo=${encodeURIComponent(target)}`, '', { accept: 'application/json' }),
      );
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad_return_to');
    }
  });

  it('answers 405 with Allow to a callback by another method than GET, through the handler and the direct entry alike; a login may be a POST', async () => {
    const fx = await webFixture();
    const post = (path: string) => new Request(`${APP}${path}`, { method: 'POST' });
    const refused = [
      await fx.auth.handler(post('/auth/kakao/callback?code=c&state=s')),
      await fx.auth.callback(post('/auth/kakao/callback?code=c&state=s')),
      await fx.auth.handler(new Request(`${APP}/auth/kakao/callback?code=c&state=s`, { method: 'HEAD' })),
      await fx.auth.handler(new Request(`${APP}/auth/kakao/login`, { method: 'DELETE' })),
    ];
    expect(refused.map((response) => response.status)).toEqual([405, 405, 405, 405]);
    expect(refused.map((response) => response.headers.get('allow'))).toEqual([
      'GET',
      'GET',
      'GET',
      'GET, HEAD, POST',
    ]);
    expect(refused.flatMap(setCookies)).toEqual([]); // nothing was started or cleared
    // a "Login with Kakao" form button may POST, to the route or to the app's own
    expect((await fx.auth.handler(post('/auth/kakao/login'))).status).toBe(303);
    expect((await fx.auth.login(post('/signin'))).status).toBe(303);
  });

  it('uses Secure cookies on https', async () => {
    const fx = await webFixture({ config: { redirectUri: CALLBACK } });
    const response = await fx.auth.handler(new Request('https://app.test/auth/kakao/login'));
    expect(setCookies(response)[0]).toContain('Secure');
  });
});

describe('callback', () => {
  it('signs in with the exact 64-bit id and nickname from the verified id_token, back to returnTo', async () => {
    const fx = await webFixture();
    const { session, callback } = await signIn(fx, '/auth/kakao/login?returnTo=%2Fme%3Ftab%3D1');
    expect(callback.headers.get('location')).toBe('/me?tab=1');
    expect(setCookies(callback).some((c) => c.startsWith('kakao_tx_') && c.includes('Max-Age=0'))).toBe(true);
    const me = await fx.auth.getSession(get('/me', session));
    expect(me?.userId).toBe(MINJUN);
    expect(me?.nickname).toBe('민준');
    expect(me?.scopes).toContain('openid');
    // the tokens are kept under the user id and work at Kakao
    const user = await fx.auth.withAccessToken(me!, (accessToken) => getUser(fx.kakao, { accessToken }));
    expect(user.id).toBe(MINJUN);
  });

  it('refuses a state that is not of our form before it reaches a header, and still answers', async () => {
    const fx = await webFixture();
    const { txCookie } = await startAndAuthorize(fx);
    for (const state of [
      'ab\r\nX-Injected: 1',
      'ab\u0000cd',
      '한국어한국어한국어한국어한국어한국어',
      'a;Domain=evil.example',
      'short',
    ]) {
      const url = `/auth/kakao/callback?code=c&state=${encodeURIComponent(state)}`;
      const response = await fx.auth.handler(get(url, txCookie, { accept: 'application/json' }));
      expect([response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([
        400,
        'state_mismatch',
      ]);
      expect(setCookies(response)).toEqual([]);
    }
  });

  it('finds its cookies behind planted ones of the same name', async () => {
    const fx = await webFixture();
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const name = txCookie.slice(0, txCookie.indexOf('='));
    const callback = await fx.auth.handler(get(callbackUrl, `${name}=planted; ${txCookie}`));
    expect(callback.status).toBe(303);
    const session = setCookies(callback)
      .find((c) => c.startsWith('kakao_session='))!
      .split(';')[0]!;
    const me = await fx.auth.getSession(get('/', `kakao_session=planted; ${session}`));
    expect(me?.userId).toBe(MINJUN);
  });

  it('refuses a callback without an attempt cookie (login CSRF)', async () => {
    const fx = await webFixture();
    const { callbackUrl } = await startAndAuthorize(fx);
    const response = await fx.auth.handler(get(callbackUrl, '', { accept: 'application/json' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('missing_transaction');
  });

  it('refuses a forged state: another attempt’s cookie under this state’s name', async () => {
    const fx = await webFixture();
    const mine = await startAndAuthorize(fx);
    const theirs = await startAndAuthorize(fx);
    const forged = `${mine.txCookie.split('=')[0]}=${theirs.txCookie.slice(theirs.txCookie.indexOf('=') + 1)}`;
    const response = await fx.auth.handler(get(mine.callbackUrl, forged, { accept: 'application/json' }));
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('state_mismatch');
  });

  it('refuses a state with no matching attempt, and a missing state', async () => {
    const fx = await webFixture();
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const url = new URL(callbackUrl);
    url.searchParams.set('state', 'forged-state-forged-state-forged-state-000');
    const forged = await fx.auth.handler(get(url.href, txCookie, { accept: 'application/json' }));
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('missing_transaction');
    url.searchParams.delete('state');
    const none = await fx.auth.handler(get(url.href, txCookie, { accept: 'application/json' }));
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('missing_state');
  });

  it('refuses a replayed callback even when the attempt cookie is replayed too', async () => {
    const fx = await webFixture();
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    expect((await fx.auth.handler(get(callbackUrl, txCookie))).status).toBe(303);
    const replay = await fx.auth.handler(get(callbackUrl, txCookie, { accept: 'application/json' }));
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('replayed_callback');
  });

  it('a callback with a junk code writes nothing to the store (no store flooding), and the real code still works', async () => {
    const inner = createMemoryWebStore();
    const written: string[] = [];
    const store: WebStore = {
      ...inner,
      set(key, value, ttl) {
        written.push(key);
        return inner.set(key, value, ttl);
      },
    };
    const fx = await webFixture({ config: { store } });
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const junk = new URL(callbackUrl);
    junk.searchParams.set('code', 'junk');
    for (let round = 0; round < 3; round++) {
      const refused = await fx.auth.handler(get(junk.href, txCookie, { accept: 'application/json' }));
      expect(refused.status).toBeGreaterThanOrEqual(400);
    }
    expect(written).toEqual([]);
    expect((await fx.auth.handler(get(callbackUrl, txCookie))).status).toBe(303);
    expect(written.some((key) => key.startsWith('cb:'))).toBe(true);
  });

  it('checks returnTo before the code exchange: a bad one saves no tokens and calls no onSignIn', async () => {
    const signedIn: string[] = [];
    const fx = await webFixture({ config: { onSignIn: (who) => void signedIn.push(who.userId) } });
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const sealer = createSealer([SECRET], 'login-transaction', Date.now);
    const [name, value] = [
      txCookie.slice(0, txCookie.indexOf('=')),
      txCookie.slice(txCookie.indexOf('=') + 1),
    ];
    const tx = (await sealer.unseal(value))!;
    const forged = `${name}=${await sealer.seal({ ...tx, returnTo: '/.//evil.example/x' }, 600)}`;
    const response = await fx.auth.handler(get(callbackUrl, forged, { accept: 'application/json' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad_return_to');
    await expect(fx.auth.tokens.getAccessToken(MINJUN)).rejects.toMatchObject({ code: 'sign_in_required' });
    expect(signedIn).toEqual([]);
  });

  it('refuses a tampered attempt cookie', async () => {
    const fx = await webFixture();
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const tampered = `${txCookie.slice(0, -3)}${txCookie.endsWith('A') ? 'B' : 'A'}AA`;
    const response = await fx.auth.handler(get(callbackUrl, tampered, { accept: 'application/json' }));
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('missing_transaction');
  });

  it('shows the cancelled answer when the user cancels at Kakao, and clears the attempt', async () => {
    const fx = await webFixture();
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const url = new URL(callbackUrl);
    url.searchParams.delete('code');
    url.searchParams.set('error', 'access_denied');
    url.searchParams.set('error_description', 'User denied access');
    const page = await fx.auth.handler(get(url.href, txCookie));
    expect(page.status).toBe(403);
    const text = await page.text();
    expect(text).toContain('Sign-in cancelled');
    expect(text).toContain('<code id="problem-code">cancelled</code>');
    expect(
      setCookies(page).some((c) => c.startsWith(txCookie.split('=')[0]!) && c.includes('Max-Age=0')),
    ).toBe(true);
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, and a tampered or foreign-secret cookie reads as signed out', async () => {
    const fx = await webFixture();
    const { session, callback } = await signIn(fx);
    const set = setCookies(callback).find((c) => c.startsWith('kakao_session='))!;
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Lax');
    const value = session.slice('kakao_session='.length);
    const parts = value.split('.');
    parts[3] = `${parts[3]!.slice(0, -2)}${parts[3]!.endsWith('A') ? 'BB' : 'AA'}`;
    expect(await fx.auth.getSession(get('/', `kakao_session=${parts.join('.')}`))).toBeNull();
    const other = await webFixture({ config: { secrets: ['another-secret-another-secret-another-1'] } });
    expect(await other.auth.getSession(get('/', session))).toBeNull();
  });

  it('still opens with an old secret after rotation (new secret first)', async () => {
    const fx = await webFixture();
    const { session } = await signIn(fx);
    const rotated = await webFixture({
      config: {
        secrets: ['brand-new-secret-brand-new-secret-0002', 'test-secret-test-secret-test-secret-0001'],
      },
    });
    expect((await rotated.auth.getSession(get('/', session)))?.userId).toBe(MINJUN);
  });

  it('server-side sessions: the cookie holds only a sealed id', async () => {
    const fx = await webFixture({ config: { sessions: 'store' } });
    const { session } = await signIn(fx);
    expect(session.length).toBeLessThan(300);
    expect((await fx.auth.getSession(get('/', session)))?.nickname).toBe('민준');
  });

  it('expires with its lifetime', async () => {
    let now = Date.UTC(2026, 0, 15, 3, 0, 0);
    const fx = await webFixture({ config: { sessionMaxAgeSec: 60 }, clock: () => now });
    const { session } = await signIn(fx);
    now += 59_000;
    expect(await fx.auth.getSession(get('/', session))).not.toBeNull();
    now += 2_000;
    expect(await fx.auth.getSession(get('/', session))).toBeNull();
  });
});
