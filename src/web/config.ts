/**
 * The configuration of {@link createKakaoAuth}: what you pass, checked once, with defaults resolved.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { KakaoWebConfigError } from './errors/config-error.js';
import type { WebProblem } from './errors/problem.js';
import type { WebStore } from './session/store.js';
import type { WebTokenManager } from './tokens/manager.js';

/**
 * Who signed in, as handed to {@link KakaoAuthConfig.onSignIn}.
 *
 * @example
 * ```ts
 * const event: SignInEvent = { userId: '1376016924426111111', nickname: '민준', email: undefined, scopes: ['openid'] };
 * ```
 */
export interface SignInEvent {
  /** The Kakao user id, a decimal string (64-bit; never a JS number). */
  readonly userId: string;
  readonly nickname: string | undefined;
  /** Present when the user agreed to `account_email` and Kakao vouches for it. */
  readonly email: string | undefined;
  readonly scopes: readonly string[];
}

/**
 * A route's error, as handed to {@link KakaoAuthConfig.onError}: the request's method and path (no
 * query: a callback's holds the authorization code) and the problem it was answered with (`status`
 * 4xx: the request was refused; 5xx: Kakao, the store or one of your hooks failed).
 *
 * @example
 * ```ts
 * const onError = (error: unknown, { method, path, problem }: WebErrorEvent) => {
 *   if (problem.status >= 500) console.error(method, path, problem.code, error);
 * };
 * ```
 */
export interface WebErrorEvent {
  readonly method: string;
  /** The URL's path, without its query. */
  readonly path: string;
  readonly problem: WebProblem;
}

/**
 * What Kakao's unlink webhook said, as handed to {@link KakaoAuthConfig.onUnlink}.
 *
 * @example
 * ```ts
 * const event: UnlinkEvent = { userId: '1376016924426111111', appId: '1234567', referrerType: 'UNLINK_FROM_APPS' };
 * ```
 */
export interface UnlinkEvent {
  readonly userId: string;
  readonly appId: string | undefined;
  /** Why: `UNLINK_FROM_APPS`, `ACCOUNT_DELETE`, `FORCED_ACCOUNT_DELETE`, `UNLINK_FROM_ADMIN`, … */
  readonly referrerType: string | undefined;
}

/**
 * What you pass to {@link createKakaoAuth}. Only `kakao` and `secrets` are required.
 *
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * const config: KakaoAuthConfig = {
 *   kakao: createKakaoClient({ restApiKey: 'REST_API_KEY', adminKey: 'ADMIN_KEY' }),
 *   secrets: ['at-least-32-characters-of-random-secret'],
 *   scopes: ['openid', 'profile_nickname'],
 * };
 * ```
 */
export interface KakaoAuthConfig {
  /** The client (`createKakaoClient`); its `adminKey` checks the unlink webhook. */
  kakao: KakaoClient;
  /**
   * Secrets that encrypt the cookies, newest first, each at least 32 characters. To rotate, put a
   * new one first: cookies sealed with the older ones still open until they expire.
   */
  secrets: string | readonly string[];
  /** Where the routes live. Default `/auth/kakao` (`/login`, `/callback`, `/logout`, `/unlink`, `/unlink-webhook`). */
  basePath?: string | undefined;
  /** The app's public URL (behind a proxy); default: the origin of each request. */
  baseUrl?: string | undefined;
  /** The redirect URI registered at Kakao. Default: the client's, else `{origin}{basePath}/callback`. */
  redirectUri?: string | undefined;
  /** Consent items asked at sign-in. Default `['openid', 'profile_nickname']`. */
  scopes?: readonly string[] | undefined;
  /** Where to go after sign-in when no `returnTo` was given. Default `/`. */
  afterLoginPath?: string | undefined;
  /** Where to go after logout and unlink. Default `/`. */
  afterLogoutPath?: string | undefined;
  /**
   * When set, logout also sends the browser through Kakao's account logout
   * (`/oauth/logout`), which comes back to this URI (register it as a Logout Redirect URI).
   */
  logoutRedirectUri?: string | undefined;
  /** Session lifetime in seconds. Default 14 days. */
  sessionMaxAgeSec?: number | undefined;
  /** Session cookie name. Default `kakao_session`. */
  cookieName?: string | undefined;
  /**
   * `cookie` (default): the session lives encrypted in the cookie. `store`: the cookie holds only an
   * id and the session lives in `store` (use a shared store for many instances).
   */
  sessions?: 'cookie' | 'store' | undefined;
  /** Shared state (server-side sessions, ended-session marks, used callbacks). Default: memory. */
  store?: WebStore | undefined;
  /**
   * The token manager (`createTokenManager` of `kakao-oauth/tokens`; pass one over a shared store —
   * Redis — when the app runs as several instances). Default: one over `kakao` with the memory store.
   */
  tokens?: WebTokenManager | undefined;
  /** Called after a sign-in, before the redirect. */
  onSignIn?: ((event: SignInEvent) => void | Promise<void>) | undefined;
  /** Called when Kakao's unlink webhook reports a user; awaited at most `webhookHookTimeoutMs`. */
  onUnlink?: ((event: UnlinkEvent) => void | Promise<void>) | undefined;
  /** Longest wait for `onUnlink` before the webhook answers. Default 2000 ms. */
  webhookHookTimeoutMs?: number | undefined;
  /**
   * Called with every error a route answers, after the answer is built (not awaited; what it
   * throws is ignored): log the 5xx ones, which without it are seen only by the user. It gets the
   * method and path, not the request (whose URL, cookies and headers hold codes, sessions and the
   * admin key). The errors of this library carry no token, code or secret; errors thrown by your
   * own hooks or store are passed on as thrown.
   */
  onError?: ((error: unknown, event: WebErrorEvent) => void | Promise<void>) | undefined;
}

/** Shortest secret accepted: 32 characters. */
export const MIN_SECRET_LENGTH = 32;

/**
 * Checks the secrets.
 *
 * @throws KakaoWebConfigError `missing_secret` or `secret_too_short`.
 * @example
 * ```ts
 * checkSecrets(['at-least-32-characters-of-random-secret']);
 * ```
 */
export function checkSecrets(value: unknown): readonly string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    throw new KakaoWebConfigError(
      'missing_secret',
      'secrets is required: pass one random string of at least 32 characters (newest first when rotating), e.g. from `openssl rand -base64 32`.',
    );
  }
  list.forEach((secret, index) => {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
      throw new KakaoWebConfigError(
        'secret_too_short',
        `secrets[${index}] must be a string of at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 32\`).`,
      );
    }
  });
  return Object.freeze([...list]);
}

/**
 * Checks a base path such as `/auth/kakao`.
 *
 * @throws KakaoWebConfigError `bad_base_path`.
 * @example
 * ```ts
 * checkBasePath('/auth/kakao/'); // '/auth/kakao'
 * ```
 */
export function checkBasePath(value: string | undefined): string {
  const path = (value ?? '/auth/kakao').replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(path)) {
    throw new KakaoWebConfigError(
      'bad_base_path',
      'basePath must be a path such as /auth/kakao (letters, digits, . _ ~ -; no query).',
    );
  }
  return path;
}

/**
 * Parses an optional absolute http(s) URL option.
 *
 * @throws KakaoWebConfigError `bad_url`.
 * @example
 * ```ts
 * optionalUrl('baseUrl', 'https://app.example.com')?.origin; // 'https://app.example.com'
 * ```
 */
export function optionalUrl(name: string, value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new KakaoWebConfigError(
      'bad_url',
      `${name} must be an absolute http(s) URL, e.g. https://app.example.com.`,
    );
  }
  return url;
}

/**
 * Checks a positive number option.
 *
 * @throws KakaoWebConfigError `bad_option`.
 * @example
 * ```ts
 * positiveOption('sessionMaxAgeSec', undefined, 3600); // 3600
 * ```
 */
export function positiveOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new KakaoWebConfigError('bad_option', `${name} must be a positive number.`);
  }
  return value;
}
