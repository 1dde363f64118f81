/**
 * Shared by the Passport tests (plain Express and NestJS): the emulator and client an app is set up
 * with, a browser sign-in through the app, and the checks every such app must pass.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect } from 'vitest';
import { DEFAULT_APP, type Emulator } from '../../src/emulator/index.js';
import type { KakaoClient } from '../../src/index.js';
import { type KakaoStrategyOptions, kakaoUnlinkWebhook } from '../../src/passport/index.js';
import { createTokenManager, type TokenManager } from '../../src/tokens/index.js';
import { CookieJar } from '../emulator/interop/cookie-jar.js';
import { disconnectUser, frameworkClient, frameworkEmulator } from '../support/frameworks.js';

export const MINJUN = '1376016924426111111';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** Runs `close` after the current test. */
export function closeAfterTest(close: () => Promise<void>): void {
  closers.push(close);
}

/**
 * An HTTP server listening on 127.0.0.1 (ephemeral port), closed after the test. The app is
 * attached afterwards (`server.on('request', app)`): its callback URL needs the port first.
 */
export async function loopbackServer(): Promise<{ server: Server; base: string }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closeAfterTest(() => new Promise((resolve) => server.close(() => resolve())));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** How the test app's Kakao is set up. */
export interface KakaoSetup {
  appSecret?: string;
  clientSecret?: string;
  forge?: boolean;
}

/** An app under test, whatever framework serves it. */
export interface PassportApp {
  base: string;
  /** The route that starts the sign-in. */
  loginPath: string;
  emulator: Emulator;
  kakao: KakaoClient;
  tokens: TokenManager;
  /** The strategy's options: the client, the callback URL, the token manager. */
  strategyOptions: KakaoStrategyOptions;
  /** The unlink webhook's handler, its `onUnlink` recording into `unlinked`. */
  unlinkWebhook: ReturnType<typeof kakaoUnlinkWebhook>;
  /** Kakao ids the unlink webhook handed to `onUnlink`. */
  unlinked: string[];
  /** Browser: the login route → Kakao (auto-login) → callback; returns the final response. */
  signIn(): Promise<Response>;
  /** Browser: the login route, then back at the callback with `query` and the attempt's state (unless `query` has one). */
  returnWith(query: Record<string, string>): Promise<Response>;
}

/**
 * The emulator with the app at `base` registered (callback `/auth/kakao/callback`, unlink webhook
 * `/auth/kakao/unlink-webhook`), the client (admin key set), a token manager, the strategy's
 * options, the webhook handler, and the sign-in through `loginPath`.
 */
export async function kakaoForApp(
  base: string,
  loginPath: string,
  setup: KakaoSetup = {},
): Promise<PassportApp> {
  const emulator = await frameworkEmulator({
    redirectUri: `${base}/auth/kakao/callback`,
    unlinkCallbackUrl: `${base}/auth/kakao/unlink-webhook`,
    appSecret: setup.appSecret,
  });
  const kakao = frameworkClient(emulator, {
    clientSecret: setup.clientSecret,
    adminKey: DEFAULT_APP.adminKey,
    forge: setup.forge,
  });
  const jar = new CookieJar();
  const send = async (url: string) =>
    jar.take(await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } }));
  const signIn = async () => {
    const started = await send(`${base}${loginPath}`);
    if (started.status !== 302) throw new Error(`no redirect: ${started.status} ${await started.text()}`);
    const authorized = await emulator.fetch(new Request(started.headers.get('location')!));
    return send(authorized.headers.get('location')!);
  };
  const returnWith = async (query: Record<string, string>) => {
    const started = await send(`${base}${loginPath}`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    return send(`${base}/auth/kakao/callback?${new URLSearchParams({ state, ...query })}`);
  };
  const tokens = createTokenManager({ kakao });
  const unlinked: string[] = [];
  const strategyOptions = { client: kakao, callbackURL: `${base}/auth/kakao/callback`, tokens };
  const unlinkWebhook = kakaoUnlinkWebhook({
    client: kakao,
    tokens,
    onUnlink: ({ userId }) => void unlinked.push(userId),
  });
  return {
    base,
    loginPath,
    emulator,
    kakao,
    tokens,
    strategyOptions,
    unlinkWebhook,
    unlinked,
    signIn,
    returnWith,
  };
}

/** Sign-in with PKCE, state and nonce, a verified id_token, and the exact id in the user. */
export async function expectSignIn(app: PassportApp): Promise<void> {
  const done = await app.signIn();
  expect(done.status).toBe(200);
  expect(await done.json()).toEqual({ kakaoId: MINJUN, name: '민준' });
  const authorize = app.emulator.state.log.find((entry) => entry.path === '/oauth/authorize');
  expect(authorize?.params.code_challenge_method).toBe('S256');
  expect(authorize?.params.nonce).toBeTruthy();
  expect(authorize?.params.state).toBeTruthy();
  expect((await app.tokens.getTokens(MINJUN)).idTokenClaims?.sub).toBe(MINJUN);
}

/** The unlink webhook: a wrong admin key refused; Kakao's call forgets the tokens and reaches onUnlink. */
export async function expectUnlinkWebhook(app: PassportApp): Promise<void> {
  await app.signIn();
  const forged = await fetch(`${app.base}/auth/kakao/unlink-webhook`, {
    method: 'POST',
    headers: { authorization: 'KakaoAK wrong', 'content-type': 'application/x-www-form-urlencoded' },
    body: `user_id=${MINJUN}`,
  });
  expect(forged.status).toBe(401);
  expect(app.unlinked).toEqual([]);
  // The user disconnects the app in Kakao; the emulator posts to the webhook with the admin key.
  await disconnectUser(app.emulator, MINJUN);
  await expect.poll(() => app.unlinked).toEqual([MINJUN]);
  await expect(app.tokens.getTokens(MINJUN)).rejects.toMatchObject({ reason: 'no_tokens' });
}

/** KOE010 (set up with a wrong secret): its code and meaning reach the app, the secret does not. */
export async function expectKoe010(app: PassportApp, status: number): Promise<void> {
  const done = await app.signIn();
  expect(done.status).toBe(status);
  const body = (await done.json()) as { code: string; message: string };
  expect(body.code).toBe('KOE010');
  expect(body.message).toMatch(/secret/i);
  expect(JSON.stringify(body)).not.toContain('a-wrong-secret');
}

/** The setup for {@link expectKoe010}. */
export const WRONG_SECRET: KakaoSetup = {
  appSecret: 'the-real-secret-of-the-app-00000',
  clientSecret: 'a-wrong-secret',
};

/** A callback another browser started: refused with `status`, the code never redeemed. */
export async function expectForeignCallbackRefused(app: PassportApp, status: number): Promise<void> {
  const started = await fetch(`${app.base}${app.loginPath}`, { redirect: 'manual' }); // another browser
  const authorized = await app.emulator.fetch(new Request(started.headers.get('location')!));
  const injected = await fetch(authorized.headers.get('location')!, { redirect: 'manual' });
  expect(injected.status).toBe(status);
  expect(app.emulator.state.log.some((entry) => entry.path === '/oauth/token')).toBe(false);
}
