/**
 * Better Auth (real package, memory adapter) with the kakao-oauth plugin, against the emulator
 * in-process: the emulator's handler is the client's `fetch`, its unlink webhook is delivered to
 * `auth.handler`, and the test plays the browser with a cookie jar.
 */
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { kakao as kakaoPlugin } from '../../src/better-auth/index.js';
import { DEFAULT_APP, type Emulator } from '../../src/emulator/index.js';
import { createKakaoClient, type KakaoClient } from '../../src/index.js';
import { createTokenManager, type TokenManager, type TokenStore } from '../../src/tokens/index.js';
import { CookieJar } from '../emulator/interop/cookie-jar.js';
import { frameworkEmulator } from '../support/frameworks.js';

export const APP = 'http://localhost:3000';
export const CALLBACK = `${APP}/api/auth/callback/kakao`;
export const WEBHOOK = `${APP}/api/auth/kakao/unlink-webhook`;
export const MINJUN = '1376016924426111111';

export type Db = Record<string, Record<string, unknown>[]>;

export interface Fixture {
  emulator: Emulator;
  kakao: KakaoClient;
  tokens: TokenManager;
  db: Db;
  auth: ReturnType<typeof createAuth>;
  jar: CookieJar;
  /** What Better Auth's logger was given at level `warn`. */
  warnings: string[];
  /** A request to Better Auth with the jar's cookies; keeps the cookies it sets. */
  send(url: string, init?: RequestInit): Promise<Response>;
  /** Full sign-in: sign-in/social → Kakao authorize (auto-login) → callback. Returns the callback. */
  signIn(body?: Record<string, unknown>): Promise<Response>;
  /**
   * The app after a restart: a new Better Auth instance over the same database with a new token
   * manager over `store` (empty: the default memory store). Its `send` uses the same browser.
   */
  restart(store?: TokenStore): Pick<Fixture, 'auth' | 'tokens' | 'send'>;
}

function createAuth(
  db: Db,
  kakao: KakaoClient,
  tokens: TokenManager,
  scope: string[],
  warnings: string[] = [],
) {
  return betterAuth({
    baseURL: APP,
    secret: 'a-better-auth-test-secret-of-32-chars',
    database: memoryAdapter(db),
    // Warnings are kept for the tests; nothing is printed.
    logger: { level: 'warn', log: (level, message) => void (level === 'warn' && warnings.push(message)) },
    plugins: [kakaoPlugin({ client: kakao, tokens, scope })],
  });
}

/** An emulator and a Better Auth app on it. */
export async function fixture(
  options: {
    clientSecret?: string;
    appSecret?: string;
    scope?: string[];
    consentItems?: string[];
    /** Delay of every token request at Kakao, so that parallel callers overlap. */
    tokenDelayMs?: number;
  } = {},
): Promise<Fixture> {
  let auth: ReturnType<typeof createAuth> | undefined;
  const emulator = await frameworkEmulator({
    redirectUri: CALLBACK,
    unlinkCallbackUrl: WEBHOOK,
    appSecret: options.appSecret,
    consentItems: options.consentItems,
    webhookFetch: (input, init) => auth!.handler(new Request(input as string, init)),
  });
  const kakao = createKakaoClient({
    restApiKey: DEFAULT_APP.restApiKey,
    clientSecret: options.clientSecret,
    adminKey: DEFAULT_APP.adminKey,
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    fetch: async (request) => {
      if (options.tokenDelayMs && request.url.endsWith('/oauth/token')) {
        await new Promise((resolve) => setTimeout(resolve, options.tokenDelayMs));
      }
      return emulator.fetch(request);
    },
    clock: () => emulator.state.clock.now(),
  });
  const tokens = createTokenManager({ kakao });
  const db: Db = { user: [], session: [], account: [], verification: [] };
  const warnings: string[] = [];
  auth = createAuth(db, kakao, tokens, options.scope ?? [], warnings);
  const jar = new CookieJar();
  const sender =
    (app: ReturnType<typeof createAuth>) =>
    async (url: string, init: RequestInit = {}) =>
      jar.take(
        await app.handler(new Request(url, { ...init, headers: { ...init.headers, cookie: jar.header() } })),
      );
  const send = sender(auth);
  const signIn = async (body: Record<string, unknown> = {}) => {
    const started = await send(`${APP}/api/auth/sign-in/social`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'kakao', callbackURL: '/', ...body }),
    });
    const { url } = (await started.json()) as { url: string };
    const authorized = await emulator.fetch(new Request(url));
    const location = authorized.headers.get('location');
    if (location === null)
      throw new Error(`Kakao did not redirect: ${authorized.status} ${await authorized.text()}`);
    return send(location);
  };
  const restart = (store?: TokenStore) => {
    const fresh = createTokenManager({ kakao, store });
    const restarted = createAuth(db, kakao, fresh, options.scope ?? [], warnings);
    return { auth: restarted, tokens: fresh, send: sender(restarted) };
  };
  return { emulator, kakao, tokens, db, auth, jar, warnings, send, signIn, restart };
}

/** POST JSON to a Better Auth route. */
export function postJson(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
