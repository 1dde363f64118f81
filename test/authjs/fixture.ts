/**
 * Auth.js (the real `@auth/core`) with kakao-oauth/authjs against the emulator in-process: the
 * provider's `fetch` is the emulator's handler, the emulator's unlink notification is delivered to
 * `kakaoAuthJs`'s webhook handler, and the test plays the browser with a cookie jar.
 */
import { Auth, type AuthConfig } from '@auth/core';
import { Kakao, type KakaoAuthJs, kakaoAuthJs } from '../../src/authjs/index.js';
import { DEFAULT_APP, type Emulator } from '../../src/emulator/index.js';
import type { KakaoClient } from '../../src/index.js';
import { createTokenManager, type TokenManager } from '../../src/tokens/index.js';
import type { UnlinkEvent } from '../../src/web/index.js';
import { CookieJar } from '../emulator/interop/cookie-jar.js';
import { frameworkClient, frameworkEmulator } from '../support/frameworks.js';

export const APP = 'http://localhost:3000';
export const WEBHOOK = `${APP}/kakao/unlink`;
export const MINJUN = '1376016924426111111';
export const SECRET = 'an-auth-js-test-secret-of-32-chars!';

/** Auth.js's session as its `/session` route answers it. */
export type SessionBody = { user?: Record<string, unknown>; kakaoId?: string } | null;

export interface Run {
  emulator: Emulator;
  client: KakaoClient;
  tokens: TokenManager;
  /** `kakaoAuthJs(…)` when set up with `hooks`. */
  kakao: KakaoAuthJs | undefined;
  config: AuthConfig;
  jar: CookieJar;
  accounts: Record<string, unknown>[];
  errors: Error[];
  /** A request to `handler` (default: `Auth(…, config)`) with the jar's cookies; keeps what it sets. */
  send(url: string, init?: RequestInit): Promise<Response>;
  /** The jar's session at `/auth/session`. */
  session(): Promise<SessionBody>;
}

export interface SetUpOptions {
  appSecret?: string;
  clientSecret?: string;
  forge?: boolean;
  /** Drop our `profile`: Auth.js's own OIDC path. */
  stockCheck?: boolean;
  /** `kakaoAuthJs` (tokens, sign-out, unlink, webhook) instead of the bare provider. */
  hooks?: boolean;
  /** `kakaoAuthJs`'s `onUnlinked` (with `hooks`). */
  onUnlinked?: (event: UnlinkEvent) => Promise<void> | void;
  /** Answers Auth.js's routes instead of `Auth(request, config)` (NextAuth's handlers). */
  handler?: (config: AuthConfig) => (request: Request) => Promise<Response>;
}

/** An emulator and an Auth.js app on it. */
export async function setUp(options: SetUpOptions = {}): Promise<Run> {
  let webhook: ((request: Request) => Promise<Response>) | undefined;
  const emulator = await frameworkEmulator({
    redirectUri: `${APP}/auth/callback/kakao`,
    unlinkCallbackUrl: WEBHOOK,
    appSecret: options.appSecret,
    webhookFetch: (input, init) => webhook!(new Request(input as string, init)),
  });
  const client = frameworkClient(emulator, {
    clientSecret: options.clientSecret,
    adminKey: DEFAULT_APP.adminKey,
    forge: options.forge,
  });
  const tokens = createTokenManager({ kakao: client });
  const kakao = options.hooks ? kakaoAuthJs({ client, tokens, onUnlinked: options.onUnlinked }) : undefined;
  webhook = kakao?.unlinkWebhook;
  const accounts: Record<string, unknown>[] = [];
  const errors: Error[] = [];
  const config = authConfig(kakao, Kakao({ client }), options, accounts, errors);
  const handle = options.handler?.(config) ?? ((request: Request) => Auth(request, config));
  const jar = new CookieJar();
  const send = async (url: string, init: RequestInit = {}) =>
    jar.take(await handle(new Request(url, { ...init, headers: { ...init.headers, cookie: jar.header() } })));
  const session = async () => (await (await send(`${APP}/auth/session`)).json()) as SessionBody;
  return { emulator, client, tokens, kakao, config, jar, accounts, errors, send, session };
}

function authConfig(
  kakao: KakaoAuthJs | undefined,
  provider: ReturnType<typeof Kakao>,
  options: SetUpOptions,
  accounts: Record<string, unknown>[],
  errors: Error[],
): AuthConfig {
  if (options.stockCheck) delete (provider as { profile?: unknown }).profile;
  return {
    providers: kakao?.providers ?? [provider],
    callbacks: {
      ...kakao?.callbacks,
      signIn({ account }) {
        accounts.push(account as Record<string, unknown>);
        return true;
      },
    },
    events: kakao?.events,
    secret: SECRET,
    trustHost: true,
    basePath: '/auth',
    logger: { error: (error) => errors.push(error), warn: () => {}, debug: () => {} },
  };
}

/** A form POST to an Auth.js route with the jar's CSRF token. */
export async function postForm(run: Run, path: string, fields: Record<string, string> = {}) {
  const { csrfToken } = (await (await run.send(`${APP}/auth/csrf`)).json()) as { csrfToken: string };
  return run.send(`${APP}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, ...fields }),
  });
}

/** Full sign-in: csrf → signin/kakao → Kakao's authorize (auto-login) → callback → session. */
export async function signIn(run: Run) {
  const started = await postForm(run, '/auth/signin/kakao', { callbackUrl: APP });
  const authorizeUrl = new URL(started.headers.get('location')!);
  const authorized = await run.emulator.fetch(new Request(authorizeUrl));
  const callback = await run.send(authorized.headers.get('location')!);
  return { authorizeUrl, callback, session: await run.session() };
}
