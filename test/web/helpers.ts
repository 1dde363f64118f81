/**
 * The web core against the emulator in-process: the emulator's handler is the client's `fetch`,
 * and its unlink webhook is delivered straight to the app's handler.
 */

import { createEmulator, DEFAULT_APP, type Emulator } from '../../src/emulator/index.js';
import { createKakaoClient, type KakaoClient } from '../../src/index.js';
import { createKakaoAuth, type KakaoAuth, type KakaoAuthConfig } from '../../src/web/index.js';
import { testKey } from '../emulator/helpers.js';

export const APP = 'http://app.test';
export const CALLBACK = `${APP}/auth/kakao/callback`;
export const WEBHOOK = `${APP}/auth/kakao/unlink-webhook`;
export const SECRET = 'test-secret-test-secret-test-secret-0001';
export const MINJUN = '1376016924426111111';

export interface WebFixture {
  emulator: Emulator;
  kakao: KakaoClient;
  auth: KakaoAuth;
}

/** An emulator (auto-login as the first user unless told otherwise) and an app on it. */
export async function webFixture(
  options: { autoLogin?: boolean | string; config?: Partial<KakaoAuthConfig>; clock?: () => number } = {},
): Promise<WebFixture> {
  let auth: KakaoAuth | undefined;
  const emulator = createEmulator({
    autoLogin: options.autoLogin ?? true,
    clock: options.clock,
    signingKeys: [await testKey()],
    config: {
      apps: [{ ...DEFAULT_APP, redirectUris: [CALLBACK], unlinkCallbackUrl: WEBHOOK }],
    },
    webhookFetch: (input, init) => auth!.handler(new Request(input as string, init)),
  });
  const kakao = createKakaoClient({
    restApiKey: DEFAULT_APP.restApiKey,
    adminKey: DEFAULT_APP.adminKey,
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    fetch: emulator.fetch,
    clock: options.clock,
  });
  auth = createKakaoAuth({ kakao, secrets: [SECRET], ...options.config });
  return { emulator, kakao, auth };
}

/** The `Set-Cookie` values of a response. */
export function setCookies(response: Response): string[] {
  return response.headers.getSetCookie();
}

/** `name=value` of the first `Set-Cookie` whose name starts with `prefix`. */
export function cookiePair(response: Response, prefix: string): string {
  const found = setCookies(response).find((c) => c.startsWith(prefix));
  if (found === undefined) throw new Error(`no Set-Cookie starting with ${prefix}`);
  return found.slice(0, found.indexOf(';'));
}

/** A browser-like GET to the app with cookies. */
export function get(path: string, cookie = '', headers: Record<string, string> = {}): Request {
  return new Request(path.startsWith('http') ? path : `${APP}${path}`, { headers: { cookie, ...headers } });
}

/** A same-origin form POST to the app. */
export function post(
  path: string,
  cookie: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Request {
  return new Request(`${APP}${path}`, {
    method: 'POST',
    headers: { cookie, origin: APP, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
}

/** Login → Kakao authorize (auto-login) → the callback URL Kakao redirects to, with the attempt cookie. */
export async function startAndAuthorize(
  fx: WebFixture,
  loginPath = '/auth/kakao/login',
): Promise<{ callbackUrl: string; txCookie: string; login: Response }> {
  const login = await fx.auth.handler(get(loginPath));
  if (login.status !== 303) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const authorize = await fx.emulator.fetch(new Request(login.headers.get('location')!));
  const callbackUrl = authorize.headers.get('location');
  if (authorize.status !== 302 || callbackUrl === null)
    throw new Error(`authorize answered ${authorize.status}`);
  return { callbackUrl, txCookie: cookiePair(login, 'kakao_tx_'), login };
}

/** A full sign-in; returns the session cookie pair and the callback response. */
export async function signIn(
  fx: WebFixture,
  loginPath?: string,
): Promise<{ session: string; callback: Response }> {
  const { callbackUrl, txCookie } = await startAndAuthorize(fx, loginPath);
  const callback = await fx.auth.handler(get(callbackUrl, txCookie));
  if (callback.status !== 303)
    throw new Error(`callback answered ${callback.status}: ${await callback.text()}`);
  return { session: cookiePair(callback, 'kakao_session='), callback };
}

/**
 * A chunked request body (no `Content-Length`): `head`, then `padBytes` of `a` in 64 KiB chunks,
 * made only as they are pulled; `pulled()` tells how many bytes the reader asked for.
 */
export function chunkedBody(
  head: string,
  padBytes: number,
): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
  let sent = 0;
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (first) {
        first = false;
        const bytes = new TextEncoder().encode(head);
        sent += bytes.byteLength;
        controller.enqueue(bytes);
      } else if (sent < padBytes) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      } else controller.close();
    },
  });
  return { body, pulled: () => sent };
}
