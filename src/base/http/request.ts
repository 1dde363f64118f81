/**
 * The one function every client call goes through: builds the request, applies timeout, abort and
 * retries, reads the body with a size limit and maps failures to public errors with the mapper of
 * the server called (kauth or kapi).
 *
 * @module
 */
import type { KakaoClient } from '../config.js';
import { KakaoError } from '../errors/kakao-error.js';
import { KakaoResponseError } from '../errors/response-error.js';
import { KakaoTransportError } from '../errors/transport-error.js';
import { BodyTooLargeError } from './body.js';
import { encodeParams, FORM_CONTENT_TYPE, type Params } from './form.js';
import type { RawResponse, ResponseMapper } from './response-body.js';
import { backoffDelay, parseRetryAfter, sleep } from './retry.js';
import { Attempt } from './signal.js';
import type { TransportRequest } from './transport.js';

/**
 * One call to kauth or kapi.
 *
 * @example
 * ```ts
 * const request: KakaoRequest = { server: 'api', method: 'GET', path: '/v1/user/access_token_info', idempotent: true };
 * ```
 */
export interface KakaoRequest {
  /** Which server: `auth` (kauth) or `api` (kapi). */
  readonly server: 'auth' | 'api';
  readonly method: 'GET' | 'POST';
  /** Path below the server's base URL, with a leading `/` (may carry a query string). */
  readonly path: string;
  /** Query parameters (GET) or form fields (POST). */
  readonly params?: Params | undefined;
  /** Full `Authorization` header value, if any. */
  readonly authorization?: string | undefined;
  /** Whether the call may be retried. Never true for a code exchange. */
  readonly idempotent: boolean;
  /** The caller's signal. */
  readonly signal?: AbortSignal | undefined;
  /** Values sent with the request that must never show up in an error (tokens, code, keys). */
  readonly secrets?: readonly string[] | undefined;
  /** Overall deadline of this call across retries, in milliseconds. Default: the client's `deadlineMs`. */
  readonly deadlineMs?: number | undefined;
}

/**
 * Sends `request` and returns the JSON body of a 2xx answer, as `mapBody` reads it.
 *
 * Each attempt ends within its timeout (`timeoutMs`, cut to what is left of the overall deadline);
 * the call as a whole ends within `deadlineMs` (the request's, else the client's): no retry starts
 * when its backoff would pass the deadline.
 *
 * @throws what `mapBody` throws (KakaoAuthError, KakaoApiError, KakaoResponseError), or
 *   KakaoTransportError.
 * @example
 * ```ts
 * import { mapApiResponse } from './map-api-response.js';
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const me = await sendRequest(kakao, {
 *   server: 'api', method: 'GET', path: '/v2/user/me', idempotent: true,
 *   authorization: `Bearer ${accessToken}`, secrets: [accessToken],
 * }, mapApiResponse);
 * ```
 */
export async function sendRequest(
  kakao: KakaoClient,
  request: KakaoRequest,
  mapBody: ResponseMapper,
): Promise<unknown> {
  const deadlineMs = request.deadlineMs ?? kakao.deadlineMs;
  if (!(deadlineMs > 0)) throw new TypeError('deadlineMs must be a positive number of milliseconds.');
  const deadline = Date.now() + deadlineMs;
  const what = describe(request);
  const outgoing = toTransport(kakao, request);
  for (let attempt = 0; ; attempt++) {
    const timeoutMs = Math.max(1, Math.min(kakao.timeoutMs, deadline - Date.now()));
    try {
      return await attemptOnce(kakao, request, outgoing, what, mapBody, timeoutMs);
    } catch (error) {
      const delay = retryDelay(kakao, request, error, attempt);
      if (delay === undefined || Date.now() + delay >= deadline) throw error;
      await sleep(delay, request.signal, what);
    }
  }
}

/** `GET /v2/user/me`: the method and the path without its query, for messages. */
function describe(request: KakaoRequest): string {
  const query = request.path.indexOf('?');
  return `${request.method} ${query === -1 ? request.path : request.path.slice(0, query)}`;
}

function retryDelay(kakao: KakaoClient, request: KakaoRequest, error: unknown, attempt: number) {
  const policy = kakao.retry;
  if (!request.idempotent || policy === false || attempt >= policy.retries) return undefined;
  if (!(error instanceof KakaoError) || !error.retryable) return undefined;
  return backoffDelay(attempt, policy, error.retryAfterMs);
}

async function attemptOnce(
  kakao: KakaoClient,
  request: KakaoRequest,
  outgoing: TransportRequest,
  what: string,
  mapBody: ResponseMapper,
  timeoutMs: number,
): Promise<unknown> {
  const attempt = new Attempt(timeoutMs, kakao.maxResponseBytes, request.signal);
  try {
    if (attempt.aborted) throw request.signal?.reason;
    // Raced against the attempt's own abort: a transport that misses it cannot hang us.
    const raw = await attempt.race(exchange(kakao, outgoing, attempt, what));
    return mapBody(raw, { what, secrets: request.secrets ?? [] });
  } catch (error) {
    throw toPublicError(error, attempt.timedOut(), request.signal, what);
  } finally {
    attempt.dispose();
  }
}

/** One exchange through the client's transport, mapped to a {@link RawResponse}. */
async function exchange(
  kakao: KakaoClient,
  outgoing: TransportRequest,
  attempt: Attempt,
  what: string,
): Promise<RawResponse> {
  try {
    const response = await kakao.transport.send(outgoing, attempt);
    const retryAfterMs =
      response.retryAfter === undefined ? undefined : parseRetryAfter(response.retryAfter, kakao.clock());
    return { status: response.status, contentType: response.contentType, text: response.text, retryAfterMs };
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    const { status, contentType } = error;
    throw new KakaoResponseError('oversized_body', what, { status, contentType });
  }
}

function toPublicError(error: unknown, timedOut: boolean, caller: AbortSignal | undefined, what: string) {
  if (error instanceof KakaoError) return error;
  if (caller?.aborted) return new KakaoTransportError('aborted', what, caller.reason);
  if (timedOut) return new KakaoTransportError('timeout', what);
  return new KakaoTransportError('network', what, safeCause(error));
}

/** Keeps the kind of a low-level failure but not its text (which might echo a URL with a secret). */
function safeCause(error: unknown): Error {
  return new Error(error instanceof Error ? error.name : 'fetch failed');
}

/** A base URL split into its origin and its path (`''` at the root). */
interface Base {
  readonly origin: string;
  readonly path: string;
}

/** Each client's two base URLs, split once (a client's URLs never change). */
const bases = new WeakMap<KakaoClient, { readonly auth: Base; readonly api: Base }>();

function splitBase(url: string): Base {
  const { origin } = new URL(url);
  return { origin, path: url.slice(origin.length) };
}

function baseOf(kakao: KakaoClient, server: KakaoRequest['server']): Base {
  let split = bases.get(kakao);
  if (split === undefined) {
    split = { auth: splitBase(kakao.authUrl), api: splitBase(kakao.apiUrl) };
    bases.set(kakao, split);
  }
  return server === 'auth' ? split.auth : split.api;
}

/** The request as the transport sends it: origin, path (with the query of a GET), headers, form. */
function toTransport(kakao: KakaoClient, request: KakaoRequest): TransportRequest {
  const base = baseOf(kakao, request.server);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.authorization !== undefined) headers.Authorization = request.authorization;
  const path = base.path + request.path;
  if (request.method === 'GET') {
    const query = request.params === undefined ? '' : encodeParams(request.params).toString();
    const joined = query === '' ? path : `${path}${path.includes('?') ? '&' : '?'}${query}`;
    return { origin: base.origin, path: joined, method: 'GET', headers };
  }
  headers['Content-Type'] = FORM_CONTENT_TYPE;
  const body = encodeParams(request.params).toString();
  return { origin: base.origin, path, method: 'POST', headers, body };
}
