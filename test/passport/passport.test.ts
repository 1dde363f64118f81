/**
 * kakao-oauth/passport with the real passport 0.7, express 5 and express-session, on loopback,
 * against the emulator in-process (the strategy's client `fetch` is the emulator's handler):
 * sign-in (PKCE, state, nonce, verified id_token, exact id), `passport-kakao`'s profile next to ours,
 * a forged id_token refused, KOE010 with its meaning, single-flight refresh through the manager,
 * logout (-401) and unlink (-101) at Kakao.
 */
import express from 'express';
import session from 'express-session';
import passport from 'passport';
import { Strategy as StockKakaoStrategy } from 'passport-kakao';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP, startEmulator } from '../../src/emulator/index.js';
import { createKakaoClient, exchangeCode, getUser } from '../../src/index.js';
import { KakaoStrategy, kakaoUnlinkWebhook } from '../../src/passport/index.js';
import { autoCode } from '../emulator/helpers.js';
import { apiCodeOf, frameworkClient, unlinkNotification } from '../support/frameworks.js';
import { INTO_ROTATION_MS, PAST_ACCESS_LIFE_MS, refreshesIn } from '../tokens/support/kakao.js';
import {
  closeAfterTest,
  expectForeignCallbackRefused,
  expectKoe010,
  expectSignIn,
  expectUnlinkWebhook,
  type KakaoSetup,
  kakaoForApp,
  loopbackServer,
  MINJUN,
  type PassportApp,
  WRONG_SECRET,
} from './shared.js';

interface App extends PassportApp {
  strategy: KakaoStrategy;
}

async function app(setup: KakaoSetup = {}): Promise<App> {
  const { server: listening, base } = await loopbackServer();
  const server = express();
  listening.on('request', server);
  const kakao = await kakaoForApp(base, '/auth/kakao', setup);
  const strategy = new KakaoStrategy(kakao.strategyOptions, (_a, _r, profile, done) =>
    done(null, { kakaoId: profile.id, name: profile.displayName }),
  );
  const auth = new passport.Passport();
  auth.use(strategy);
  server.use(session({ secret: 'a-session-secret-for-the-test', resave: false, saveUninitialized: false }));
  server.post('/auth/kakao/unlink-webhook', kakao.unlinkWebhook);
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
  return { ...kakao, strategy };
}

describe('kakao-oauth/passport with passport 0.7 on Express 5', () => {
  it('signs in with PKCE, state and nonce, a verified id_token, and the exact 64-bit id', async () => {
    await expectSignIn(await app());
  });

  it('unlink webhook: KakaoAK checked, the tokens forgotten, onUnlink given the exact id', async () => {
    await expectUnlinkWebhook(await app());
  });

  it("a cancelled sign-in or a wrong state fails the authentication (passport-kakao's behaviour), not a 500", async () => {
    const a = await app();
    const cancelled = await a.returnWith({ error: 'access_denied', error_description: 'User denied access' });
    expect(cancelled.status).toBe(401);
    const wrongState = await a.returnWith({ code: 'a-code-0123456789', state: 'not-the-state' });
    expect(wrongState.status).toBe(403);
    expect(a.emulator.state.log.some((entry) => entry.path === '/oauth/token')).toBe(false);
  });

  it('refuses a callback this browser did not start (no attempt in its session)', async () => {
    await expectForeignCallbackRefused(await app(), 400);
  });

  it("passport-kakao's profile rounds the id; ours keeps it", async () => {
    const running = await startEmulator({ autoLogin: true });
    closeAfterTest(() => running.close());
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
    await expectKoe010(await app(WRONG_SECRET), 500);
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

  it('logout twice and unlink after the tokens are gone: idempotent, and unlinked at Kakao with the admin key', async () => {
    const a = await app();
    await a.signIn();
    await a.strategy.logout(MINJUN);
    await a.strategy.logout(MINJUN); // nothing left to end: not an error
    await expect(a.tokens.getAccessToken(MINJUN)).rejects.toMatchObject({ reason: 'no_tokens' });
    // The tokens are gone (logged out, or a restart with a memory manager): the admin key unlinks.
    await a.strategy.unlink(MINJUN);
    const admin = frameworkClient(a.emulator, { adminKey: DEFAULT_APP.adminKey });
    expect(await apiCodeOf(getUser(admin, { userId: MINJUN }))).toBe(-101);
    await a.strategy.unlink(MINJUN); // already unlinked: not an error
  });

  it('unlink webhook: a failing onUnlink still answers Kakao 200, and the tokens are forgotten', async () => {
    const a = await app();
    await a.signIn();
    const { server: listening, base } = await loopbackServer();
    const server = express();
    listening.on('request', server);
    const failing = [
      () => {
        throw new Error('the app database is down');
      },
      async () => Promise.reject(new Error('the app database is down')),
    ];
    for (const [i, onUnlink] of failing.entries()) {
      server.post(`/hook${i}`, kakaoUnlinkWebhook({ client: a.kakao, tokens: a.tokens, onUnlink }));
      const response = await fetch(unlinkNotification(`${base}/hook${i}`));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    }
    await expect(a.tokens.getTokens(MINJUN)).rejects.toMatchObject({ reason: 'no_tokens' });
  });
});
