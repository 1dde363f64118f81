/**
 * Client configuration: what every call needs to reach Kakao, resolved once.
 *
 * @module
 */
import { fetchTransport } from './http/fetch-transport.js';
import type { KakaoTransport } from './http/transport.js';

/**
 * Kakao's authorization server (kauth).
 *
 * @example
 * ```ts
 * declare const restApiKey: string;
 * createKakaoClient({ restApiKey, authUrl: KAKAO_AUTH_URL });
 * ```
 */
export const KAKAO_AUTH_URL = 'https://kauth.kakao.com';
/**
 * Kakao's OIDC issuer, the default expected `iss` of id_tokens.
 *
 * @example
 * ```ts
 * import { KAKAO_ISSUER } from 'kakao-oauth';
 * console.log(KAKAO_ISSUER); // https://kauth.kakao.com
 * ```
 */
export const KAKAO_ISSUER = 'https://kauth.kakao.com';
/**
 * Kakao's API (resource) server (kapi).
 *
 * @example
 * ```ts
 * declare const restApiKey: string;
 * createKakaoClient({ restApiKey, apiUrl: KAKAO_API_URL });
 * ```
 */
export const KAKAO_API_URL = 'https://kapi.kakao.com';

/** What the client calls to reach Kakao: the global `fetch`, or any `Request → Response` handler. */
export type KakaoFetch = (request: Request) => Promise<Response>;

/**
 * How idempotent calls are retried. A code exchange is never retried.
 *
 * @example
 * ```ts
 * declare const restApiKey: string;
 * createKakaoClient({ restApiKey, retry: { retries: 3, baseDelayMs: 100, maxDelayMs: 2000 } });
 * ```
 */
export interface RetryPolicy {
  /** Attempts after the first one. Default 2. */
  retries: number;
  /** First backoff delay in milliseconds; doubles each attempt (with full jitter). Default 200. */
  baseDelayMs: number;
  /** Upper bound of one delay, including a server's `Retry-After`. Default 5000. */
  maxDelayMs: number;
}

/**
 * What you pass to {@link createKakaoClient}. Only `restApiKey` is required.
 *
 * @example
 * ```ts
 * const config: KakaoClientConfig = { restApiKey: 'REST_API_KEY', redirectUri: 'http://127.0.0.1:8719/callback' };
 * ```
 */
export interface KakaoClientConfig {
  /** The app's REST API key, sent as `client_id`. */
  restApiKey: string;
  /** Client secret; sent (as `client_secret`, form body) only when set. */
  clientSecret?: string | undefined;
  /** Default redirect URI for the authorize URL and the code exchange. */
  redirectUri?: string | undefined;
  /** Admin key for `KakaoAK` calls. Server-side only; never ship it to a browser. */
  adminKey?: string | undefined;
  /** Base URL of the authorization server. Default `https://kauth.kakao.com`. */
  authUrl?: string | undefined;
  /** Base URL of the API server. Default `https://kapi.kakao.com`. */
  apiUrl?: string | undefined;
  /** Expected `iss` of id_tokens. Default: Kakao's issuer, or `authUrl` when that is set. */
  issuer?: string | undefined;
  /** Extra app keys accepted as id_token `aud` (JavaScript key, native app key). */
  audiences?: readonly string[] | undefined;
  /**
   * The `fetch` to use. Default: none — the default `transport` (on Node, undici's pools; elsewhere
   * the global `fetch`). It is always called with one `Request`, so an in-process handler such as
   * the emulator's `emulator.fetch` can be passed as it is.
   */
  fetch?: KakaoFetch | undefined;
  /**
   * How requests are sent, below timeout, retries and error mapping. Default: on Node (the package's
   * `node` export condition) undici's keep-alive pools, elsewhere `fetch`. Ignored when `fetch`
   * is given.
   */
  transport?: KakaoTransport | undefined;
  /** Timeout of one attempt, in milliseconds. Default 10000. */
  timeoutMs?: number | undefined;
  /**
   * Overall deadline of one call, retries and backoff included, in milliseconds. Default 30000.
   * A call never takes longer than this (plus timer slack); each attempt's timeout is cut to what
   * is left, and no retry starts whose backoff would pass it.
   */
  deadlineMs?: number | undefined;
  /** Retry policy for idempotent calls, or `false` for none. */
  retry?: Partial<RetryPolicy> | false | undefined;
  /** Clock in epoch milliseconds. Default `Date.now`. */
  clock?: (() => number) | undefined;
  /** Largest response body accepted, in bytes. Default 1 MiB. */
  maxResponseBytes?: number | undefined;
}

/**
 * A resolved, immutable client configuration. Pass it to every call.
 *
 * @example
 * ```ts
 * const kakao: KakaoClient = createKakaoClient({ restApiKey: 'REST_API_KEY' });
 * ```
 */
export interface KakaoClient {
  readonly restApiKey: string;
  readonly clientSecret: string | undefined;
  readonly redirectUri: string | undefined;
  readonly adminKey: string | undefined;
  readonly authUrl: string;
  readonly apiUrl: string;
  readonly issuer: string;
  /** Every app key accepted as id_token `aud`: the REST API key first. */
  readonly audiences: readonly string[];
  /** The `fetch` given in the config; `undefined` when the client uses another transport. */
  readonly fetch: KakaoFetch | undefined;
  /** What sends the requests. */
  readonly transport: KakaoTransport;
  /** Closes the transport's pooled connections (tests, shutdown); later calls reconnect. */
  close(): Promise<void>;
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly retry: RetryPolicy | false;
  readonly clock: () => number;
  readonly maxResponseBytes: number;
}

const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 200, maxDelayMs: 5000 };

/**
 * Checks a configuration and resolves its defaults.
 *
 * @throws TypeError when a value is missing or malformed; the message names the field and never
 *   repeats a secret.
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * const kakao = createKakaoClient({ restApiKey: process.env.KAKAO_REST_API_KEY! });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api
 */
export function createKakaoClient(config: KakaoClientConfig): KakaoClient {
  if (typeof config?.restApiKey !== 'string' || config.restApiKey.trim() === '') {
    throw new TypeError('restApiKey is required: pass the app REST API key (KAKAO_REST_API_KEY).');
  }
  const authUrl = baseUrl('authUrl', config.authUrl ?? KAKAO_AUTH_URL);
  const apiUrl = baseUrl('apiUrl', config.apiUrl ?? KAKAO_API_URL);
  const transport = transportOf(config);
  return Object.freeze({
    restApiKey: config.restApiKey,
    clientSecret: nonEmpty(config.clientSecret),
    redirectUri: nonEmpty(config.redirectUri),
    adminKey: nonEmpty(config.adminKey),
    authUrl,
    apiUrl,
    issuer: config.issuer ?? authUrl,
    audiences: Object.freeze([config.restApiKey, ...(config.audiences ?? [])]),
    fetch: config.fetch,
    transport,
    close: () => transport.close(),
    timeoutMs: positive('timeoutMs', config.timeoutMs ?? 10_000),
    deadlineMs: positive('deadlineMs', config.deadlineMs ?? 30_000),
    retry: config.retry === false ? false : { ...DEFAULT_RETRY, ...config.retry },
    clock: config.clock ?? Date.now,
    maxResponseBytes: positive('maxResponseBytes', config.maxResponseBytes ?? 1024 * 1024),
  });
}

function transportOf(config: KakaoClientConfig): KakaoTransport {
  if (config.fetch !== undefined) return fetchTransport(config.fetch);
  if (config.transport !== undefined) return config.transport;
  if (typeof globalThis.fetch !== 'function') {
    throw new TypeError('No fetch available: pass config.fetch on runtimes without a global fetch.');
  }
  // The global fetch is called through a wrapper: Workers and browsers refuse it with any other
  // `this` ("Illegal invocation"); it is looked up per call, so a fetch installed later is used.
  return fetchTransport((request) => globalThis.fetch(request));
}

function baseUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`${name} must use http or https, got ${url.protocol}`);
  }
  return url.href.replace(/\/+$/, '');
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number.`);
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
