/**
 * kakao-oauth/passport with the real passport 0.7, express 5 and express-session, on loopback,
 * against the emulator in-process (the strategy's client `fetch` is the emulator's handler):
 * sign-in (PKCE, state, nonce, verified id_token, exact id), `passport-kakao`'s profile next to ours,
 * a forged id_token refused, KOE010 with its meaning, single-flight refresh through the manager,
 * logout (-401) and unlink (-101) at Kakao.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import session from 'express-session';
import passport from 'passport';
import { Strategy as StockKakaoStrategy } from 'passport-kakao';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_APP, type Emulator, startEmulator } from '../../src/emulator/index.js';
import { createKakaoClient, exchangeCode, getUser, type KakaoClient } from '../../src/index.js';
import { KakaoStrategy, kakaoUnlinkWebhook } from '../../src/passport/index.js';
import { createTokenManager, type TokenManager } from '../../src/tokens/index.js';
import { autoCode } from '../emulator/helpers.js';
import { CookieJar } from '../emulator/interop/cookie-jar.js';
import { apiCodeOf, disconnectUser, frameworkClient, frameworkEmulator } from '../support/frameworks.js';
import { INTO_ROTATION_MS, PAST_ACCESS_LIFE_MS, refreshesIn } from '../tokens/support/kakao.js';

const MINJUN = '1376016924426111111';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

interface App {
  base: string;
  emulator: Emulator;
  kakao: KakaoClient;
  tokens: TokenManager;
  strategy: KakaoStrategy;
  /** Browser: /auth/kakao → Kakao (auto-login) → callback; returns the final response. */
  signIn(): Promise<Response>;
  /** Kakao ids the unlink webhook handed to `onUnlink`. */
  unlinked: string[];
}

async function app(
  options: { appSecret?: string; clientSecret?: string; forge?: boolean } = {},
): Promise<App> {
  // The port is known only after listen; the callback URL is registered once it is.
  const server = express();
  const listening = server.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  closers.push(() => new Promise((resolve) => listening.close(() => resolve())));
  const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  const emulator = await frameworkEmulator({
    redirectUri: `${base}/auth/kakao/callback`,
    unlinkCallbackUrl: `${base}/auth/kakao/unlink-webhook`,
    appSecret: options.appSecret,
  });
  const kakao = frameworkClient(emulator, {
    clientSecret: options.clientSecret,
    adminKey: DEFAULT_APP.adminKey,
    forge: options.forge,
  });
  const tokens = createTokenManager({ kakao });
  const strategy = new KakaoStrategy(
    { client: kakao, callbackURL: `${base}/auth/kakao/callback`, tokens },
    (_a, _r, profile, done) => done(null, { kakaoId: profile.id, name: profile.displayName }),
  );
  const auth = new passport.Passport();
  auth.use(strategy);
  server.use(session({ secret: 'a-session-secret-for-the-test', resave: false, saveUninitialized: false }));
  const unlinked: string[] = [];
  server.post(
    '/auth/kakao/unlink-webhook',
    kakaoUnlinkWebhook({ client: kakao, tokens, onUnlink: ({ userId }) => void unlinked.push(userId) }),
  );
  server.get('/auth/kakao', auth.authenticate('kakao', { session: false }));
  server.get('/auth/kakao/callback', auth.authenticate('kakao', { session: false }), (req, res) => {
    res.json(req.user);
  });
  server.use(
    (error: Error & { errorCode?: string }, _req: express.Request, res: express.Response, _next: unknown) => {
      res.status(500).json({
        name: error.name,
        code: error.errorCode ?? (error as { code?: string }).code,
        message: error.message,
      });
    },
  );
  const jar = new CookieJar();
  const send = async (url: string) =>
    jar.take(await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } }));
  const signIn = async () => {
    const started = await send(`${base}/auth/kakao`);
    if (started.status !== 302) throw new Error(`no redirect: ${started.status} ${await started.text()}`);
    const authorized = await emulator.fetch(new Request(started.headers.get('location')!));
    return send(authorized.headers.get('location')!);
  };
  return { base, emulator, kakao, tokens, strategy, signIn, unlinked };
}

describe('kakao-oauth/passport with passport 0.7 on Express 5', () => {
  it('signs in with PKCE, state and nonce, a verified id_token, and the exact 64-bit id', async () => {
    const a = await app();
    const done = await a.signIn();
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ kakaoId: MINJUN, name: '민준' });
    const authorize = a.emulator.state.log.find((entry) => entry.path === '/oauth/authorize');
    expect(authorize?.params.code_challenge_method).toBe('S256');
    expect(authorize?.params.nonce).toBeTruthy();
    expect(authorize?.params.state).toBeTruthy();
    expect((await a.tokens.getTokens(MINJUN)).idTokenClaims?.sub).toBe(MINJUN);
  });

  it('unlink webhook: KakaoAK checked, the tokens forgotten, onUnlink given the exact id', async () => {
    const a = await app();
    await a.signIn();
    const forged = await fetch(`${a.base}/auth/kakao/unlink-webhook`, {
      method: 'POST',
      headers: { authorization: 'KakaoAK wrong', 'content-type': 'application/x-www-form-urlencoded' },
      body: `user_id=${MINJUN}`,
    });
    expect(forged.status).toBe(401);
    expect(a.unlinked).toEqual([]);
    await disconnectUser(a.emulator, MINJUN);
    await expect.poll(() => a.unlinked).toEqual([MINJUN]);
    await expect(a.tokens.getTokens(MINJUN)).rejects.toMatchObject({ reason: 'no_tokens' });
  });

  it('refuses a callback this browser did not start (no attempt in its session)', async () => {
    const a = await app();
    const started = await fetch(`${a.base}/auth/kakao`, { redirect: 'manual' }); // another browser
    const authorized = await a.emulator.fetch(new Request(started.headers.get('location')!));
    const injected = await fetch(authorized.headers.get('location')!, { redirect: 'manual' });
    expect(injected.status).toBe(400);
    expect(a.emulator.state.log.some((entry) => entry.path === '/oauth/token')).toBe(false);
  });

  it("passport-kakao's profile rounds the id; ours keeps it", async () => {
    const running = await startEmulator({ autoLogin: true });
    closers.push(() => running.close());
    const client = createKakaoClient({
      restApiKey: DEFAULT_APP.restApiKey,
      redirectUri: DEFAULT_APP.redirectUris[0],
      authUrl: running.authUrl,
      apiUrl: running.apiUrl,
    });
    const set = await exchangeCode(client, { code: await autoCode(running.emulator) });
    const stock = new StockKakaoStrategy(
      { clientID: DEFAULT_APP.restApiKey, callbackURL: 'http://x/cb' },
      () => {},
    );
    const internals = stock as unknown as {
      _userProfileURL: string;
      _oauth2: { useAuthorizationHeaderforGET(on: boolean): void };
    };
    internals._userProfileURL = `${running.apiUrl}/v2/user/me`;
    // passport-oauth2 sends the token as `?access_token=` unless told; the emulator takes it only in
    // the Authorization header (Kakao's documented way). Only the transport changes here.
    internals._oauth2.useAuthorizationHeaderforGET(true);
    const stockProfile = await new Promise<{ id: unknown }>((resolve, reject) =>
      (
        stock as unknown as { userProfile: (t: string, cb: (e: unknown, p: { id: unknown }) => void) => void }
      ).userProfile(set.accessToken, (error, profile) => (error ? reject(error) : resolve(profile))),
    );
    expect(stockProfile.id).toBe(Number(MINJUN)); // a number, rounded
    expect(String(stockProfile.id)).not.toBe(MINJUN);
    expect((await getUser(client, { accessToken: set.accessToken })).id).toBe(MINJUN);
  });

  it('refuses a forged id_token with the check that failed', async () => {
    const a = await app({ forge: true });
    const done = await a.signIn();
    expect(done.status).toBe(500);
    expect(await done.json()).toMatchObject({ name: 'KakaoIdTokenError', code: 'ID_TOKEN_SIGNATURE' });
  });

  it('KOE010: a wrong client secret reaches the error handler with its meaning, not the secret', async () => {
    const a = await app({ appSecret: 'the-real-secret-of-the-app-00000', clientSecret: 'a-wrong-secret' });
    const done = await a.signIn();
    const body = (await done.json()) as { code: string; message: string };
    expect(body.code).toBe('KOE010');
    expect(body.message).toMatch(/secret/i);
    expect(JSON.stringify(body)).not.toContain('a-wrong-secret');
  });

  it('parallel refreshes during a rotation through the manager: one refresh, both served', async () => {
    const a = await app();
    await a.signIn();
    a.emulator.state.clock.advance(INTO_ROTATION_MS + PAST_ACCESS_LIFE_MS);
    const [x, y] = await Promise.all([a.tokens.getAccessToken(MINJUN), a.tokens.getAccessToken(MINJUN)]);
    expect(x).toBe(y);
    expect(refreshesIn(a.emulator.state.log)).toEqual([{ status: 200, errorCode: undefined }]);
  });

  it('logout reaches Kakao (-401 after); unlink reaches Kakao (-101 after)', async () => {
    const a = await app();
    await a.signIn();
    const accessToken = await a.tokens.getAccessToken(MINJUN);
    await a.strategy.logout(MINJUN);
    expect(await apiCodeOf(getUser(a.kakao, { accessToken }))).toBe(-401);

    const b = await app();
    await b.signIn();
    await b.strategy.unlink(MINJUN);
    const admin = frameworkClient(b.emulator, { adminKey: DEFAULT_APP.adminKey });
    expect(await apiCodeOf(getUser(admin, { userId: MINJUN }))).toBe(-101);
  });
});
