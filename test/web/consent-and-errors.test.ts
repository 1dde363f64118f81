// Incremental consent, the answers for Kakao's errors (page or JSON, with the fix), and typed
// configuration errors.
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../src/emulator/index.js';
import { createKakaoClient, KakaoApiError, KakaoAuthError } from '../../src/index.js';
import {
  createMemoryStore,
  createTokenManager,
  KakaoSignInRequiredError,
  KakaoTokenStoreError,
  type TokenStore,
} from '../../src/tokens/index.js';
import { createKakaoAuth, describeProblem, KakaoWebConfigError } from '../../src/web/index.js';
import { cookiePair, get, MINJUN, SECRET, signIn, startAndAuthorize, webFixture } from './helpers.js';

describe('incremental consent', () => {
  it('sends a page that needs account_email through Kakao’s additional consent and back', async () => {
    const fx = await webFixture();
    // auto-login agrees to every item shown at first sign-in; keep account_email for later
    const email = fx.emulator.state.apps[0]!.consentItems.find((item) => item.id === 'account_email')!;
    email.onDemand = true;
    const { session } = await signIn(fx);
    const before = (await fx.auth.getSession(get('/', session)))!;
    expect(before.scopes).not.toContain('account_email');
    expect(before.email).toBeUndefined();

    const detour = (await fx.auth.requireScopes(get('/email?x=1', session), ['account_email']))!;
    expect(detour.status).toBe(303);
    const loginPath = detour.headers.get('location')!;
    expect(loginPath).toBe('/auth/kakao/login?returnTo=%2Femail%3Fx%3D1&scope=account_email');

    const { callbackUrl, txCookie, login } = await startAndAuthorize(fx, loginPath);
    expect(new URL(login.headers.get('location')!).searchParams.get('scope')).toContain('account_email');
    const callback = await fx.auth.handler(get(callbackUrl, txCookie));
    expect(callback.headers.get('location')).toBe('/email?x=1');
    const after = (await fx.auth.getSession(get('/', cookiePair(callback, 'kakao_session='))))!;
    expect(after.userId).toBe(MINJUN);
    expect(after.scopes).toContain('account_email');
    expect(after.email).toBe('minjun.kim@example.com');
    expect(
      await fx.auth.requireScopes(get('/email', cookiePair(callback, 'kakao_session=')), ['account_email']),
    ).toBeNull();
  });

  it('comes back to the page without its query when the whole would be too long to keep', async () => {
    const fx = await webFixture();
    const detour = (await fx.auth.requireScopes(get(`/email?q=${'x'.repeat(3000)}`), ['account_email']))!;
    expect(detour.headers.get('location')).toBe('/auth/kakao/login?returnTo=%2Femail&scope=account_email');
    const login = await fx.auth.handler(get(detour.headers.get('location')!));
    expect(login.status).toBe(303);
  });

  it('turns a -402 with required_scopes into the same detour, and ignores other errors', async () => {
    const fx = await webFixture();
    const error = new KakaoApiError({ apiCode: -402, status: 403, requiredScopes: ['talk_message'] });
    const detour = fx.auth.consentRedirect(get('/send'), error)!;
    expect(detour.headers.get('location')).toBe('/auth/kakao/login?returnTo=%2Fsend&scope=talk_message');
    expect(fx.auth.consentRedirect(get('/send'), new KakaoApiError({ apiCode: -401 }))).toBeNull();
  });
});

describe('Kakao errors', () => {
  it('a callback with a state but no code answers 400 missing_code, not 502', async () => {
    const fx = await webFixture();
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const url = new URL(callbackUrl);
    url.searchParams.delete('code');
    const response = await fx.auth.handler(get(url.href, txCookie, { accept: 'application/json' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('missing_code');
  });

  it('the token manager’s sign_in_required error answers 401 through errorResponse', async () => {
    const fx = await webFixture();
    const error = await fx.auth.tokens.getAccessToken(MINJUN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KakaoSignInRequiredError);
    const response = fx.auth.errorResponse(get('/', '', { accept: 'application/json' }), error);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('sign_in_required');
    expect(describeProblem(new KakaoSignInRequiredError('unlinked')).status).toBe(401);
  });

  it('KOE010 at the code exchange: a page that names the fix (client secret)', async () => {
    const fx = await webFixture();
    const app = fx.emulator.state.apps[0]!;
    app.clientSecret = { enabled: true, value: 'the-real-secret' };
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const page = await fx.auth.handler(get(callbackUrl, txCookie));
    expect(page.status).toBe(500);
    const text = await page.text();
    expect(text).toContain('Client secret rejected');
    expect(text).toContain('KAKAO_CLIENT_SECRET');
    expect(text).not.toContain('the-real-secret');
  });

  it('answers JSON when asked, with the same problem', async () => {
    const fx = await webFixture();
    const app = fx.emulator.state.apps[0]!;
    app.clientSecret = { enabled: true, value: 'the-real-secret' };
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const response = await fx.auth.handler(get(callbackUrl, txCookie, { accept: 'application/json' }));
    const body = (await response.json()) as { error: { code: string; fix: string } };
    expect(body.error.code).toBe('KOE010');
    expect(body.error.fix).toContain('Client Secret');
  });

  it('explains KOE006, KOE205 (the account_email Biz-app trap) and consent_required', () => {
    const koe006 = describeProblem(new KakaoAuthError({ error: 'invalid_request', errorCode: 'KOE006' }));
    expect(koe006.fix).toContain('Redirect URI');
    const koe205 = describeProblem(new KakaoAuthError({ error: 'invalid_scope', errorCode: 'KOE205' }));
    expect(koe205.fix).toContain('account_email');
    expect(koe205.fix).toContain('Biz app');
    expect(describeProblem(new KakaoAuthError({ error: 'consent_required' })).title).toBe('Consent required');
    expect(describeProblem(new Error('secret token xyz')).detail).not.toContain('xyz');
  });

  it('escapes what it shows', async () => {
    const fx = await webFixture();
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const url = new URL(callbackUrl);
    url.searchParams.delete('code');
    url.searchParams.set('error', '<script>alert(1)</script>');
    const text = await (await fx.auth.handler(get(url.href, txCookie))).text();
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;');
  });
});

describe('onError', () => {
  it('hears every error a route answers, with its problem; a throwing onError changes nothing', async () => {
    const heard: { error: unknown; path: string; status: number; code: string }[] = [];
    const shapes = new Set<string>();
    const dbDown = new Error('db down');
    const fx = await webFixture({
      config: {
        onSignIn: () => {
          throw dbDown;
        },
        onError: (error, event) => {
          shapes.add(Object.keys(event).sort().join());
          const { path, problem } = event;
          heard.push({ error, path, status: problem.status, code: problem.code });
          throw new Error('the logger broke');
        },
      },
    });
    const { callbackUrl, txCookie } = await startAndAuthorize(fx);
    const callback = await fx.auth.handler(get(callbackUrl, txCookie));
    expect(callback.status).toBe(500);
    expect(await fx.auth.handler(get(`/auth/kakao/callback?state=${'s'.repeat(43)}&code=c`))).toHaveProperty(
      'status',
      400,
    );
    expect((await fx.auth.logout(get('/auth/kakao/logout'))).status).toBe(405);
    expect(heard).toEqual([
      { error: dbDown, path: '/auth/kakao/callback', status: 500, code: 'internal_error' },
      { error: expect.anything(), path: '/auth/kakao/callback', status: 400, code: 'missing_transaction' },
      { error: expect.anything(), path: '/auth/kakao/logout', status: 405, code: 'method_not_allowed' },
    ]);
    expect([...shapes]).toEqual(['method,path,problem']); // never the request: its URL holds the code
    // errorResponse is the app's own tool: it does not report
    fx.auth.errorResponse(get('/x'), new Error('app error'));
    expect(heard).toHaveLength(3);
  });

  it('a token store that fails answers 503 store_failed with the fix, not "Kakao refused"', async () => {
    const memory = createMemoryStore();
    const failing: TokenStore = {
      get: (key) => memory.get(key),
      set: async () => {
        throw new KakaoTokenStoreError('store_failed', new Error('Redis: READONLY'));
      },
      delete: (key, version) => memory.delete(key, version),
      lock: (key, ttl) => memory.lock(key, ttl),
      unlock: (key, token) => memory.unlock(key, token),
    };
    const codes: string[] = [];
    const fx = await webFixture();
    const auth = createKakaoAuth({
      kakao: fx.kakao,
      secrets: [SECRET],
      tokens: createTokenManager({ kakao: fx.kakao, store: failing }),
      onError: (_error, { problem }) => void codes.push(problem.code),
    });
    const login = await auth.handler(get('/auth/kakao/login'));
    const authorize = await fx.emulator.fetch(new Request(login.headers.get('location')!));
    const callback = await auth.handler(
      get(authorize.headers.get('location')!, cookiePair(login, 'kakao_tx_'), { accept: 'application/json' }),
    );
    expect(callback.status).toBe(503);
    const { error } = (await callback.json()) as { error: { code: string; title: string; fix: string } };
    expect(error.code).toBe('store_failed');
    expect(error.title).toBe('Sign-in storage unavailable');
    expect(error.fix).toContain('Check that the store is reachable');
    expect(codes).toEqual(['store_failed']);
  });

  it('a stored entry the manager cannot read answers 500 unreadable_entry (no "try again": it will not heal)', () => {
    const problem = describeProblem(new KakaoTokenStoreError('unreadable_entry'));
    expect([problem.status, problem.code]).toEqual([500, 'unreadable_entry']);
    expect(problem.detail).toContain('Sign in again');
    expect(problem.fix).toContain('encryption.keys');
  });
});

describe('configuration', () => {
  const kakao = createKakaoClient({ restApiKey: DEFAULT_APP.restApiKey });
  const codeOf = (make: () => unknown) => {
    try {
      make();
    } catch (error) {
      expect(error).toBeInstanceOf(KakaoWebConfigError);
      expect(error).toBeInstanceOf(TypeError);
      return (error as KakaoWebConfigError).code;
    }
    throw new Error('no error thrown');
  };

  it('refuses what it cannot work with, saying how to fix it', () => {
    expect(codeOf(() => createKakaoAuth({ secrets: [SECRET] } as never))).toBe('missing_client');
    expect(codeOf(() => createKakaoAuth({ kakao, secrets: [] }))).toBe('missing_secret');
    expect(codeOf(() => createKakaoAuth({ kakao, secrets: ['short'] }))).toBe('secret_too_short');
    expect(codeOf(() => createKakaoAuth({ kakao, secrets: SECRET, basePath: 'auth' }))).toBe('bad_base_path');
    expect(codeOf(() => createKakaoAuth({ kakao, secrets: SECRET, baseUrl: 'ftp://x' }))).toBe('bad_url');
    expect(codeOf(() => createKakaoAuth({ kakao, secrets: SECRET, scopes: ['a b'] }))).toBe('bad_option');
    expect(codeOf(() => createKakaoAuth({ kakao, secrets: SECRET, afterLoginPath: '//x' }))).toBe(
      'bad_option',
    );
    expect(codeOf(() => createKakaoAuth({ kakao, secrets: SECRET, sessionMaxAgeSec: -1 }))).toBe(
      'bad_option',
    );
    for (const hook of ['onSignIn', 'onUnlink', 'onError']) {
      expect(codeOf(() => createKakaoAuth({ kakao, secrets: SECRET, [hook]: 'log' }))).toBe('bad_option');
      expect(() => createKakaoAuth({ kakao, secrets: SECRET, [hook]: null })).not.toThrow(); // as if left out
    }
  });

  it('never repeats a secret in a message', () => {
    try {
      createKakaoAuth({ kakao, secrets: ['short-secret-value'] });
    } catch (error) {
      expect(String(error)).not.toContain('short-secret-value');
    }
  });

  it('answers 404 outside its routes', async () => {
    const auth = createKakaoAuth({ kakao, secrets: SECRET });
    expect((await auth.handler(get('/auth/kakao/nope'))).status).toBe(404);
    expect((await auth.handler(get('/auth/kakao/__proto__'))).status).toBe(404);
    expect((await auth.handler(get('/elsewhere'))).status).toBe(404);
  });
});
