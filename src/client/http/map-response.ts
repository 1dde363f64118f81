/**
 * The one place that turns a raw response into JSON or a public error (spec §21).
 *
 * @module
 */
import { KakaoApiError } from '../errors/api-error.js';
import { KakaoAuthError } from '../errors/auth-error.js';
import type { KakaoError } from '../errors/kakao-error.js';
import { KakaoResponseError, type KakaoResponseErrorCode } from '../errors/response-error.js';
import { parseJsonLossless } from './json.js';

/**
 * A response already read as text.
 *
 * @example
 * ```ts
 * const raw: RawResponse = { status: 200, contentType: 'application/json', text: '{}', retryAfterMs: undefined };
 * ```
 */
export interface RawResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly text: string;
  readonly retryAfterMs: number | undefined;
}

/**
 * Context for error messages and secret scrubbing.
 *
 * @example
 * ```ts
 * const context: MapContext = { what: 'GET /v2/user/me', secrets: [accessToken] };
 * ```
 */
export interface MapContext {
  /** E.g. `POST /oauth/token`, used in messages. */
  readonly what: string;
  /** Values sent with the request that must never show up in an error. */
  readonly secrets: readonly string[];
}

/**
 * Returns the parsed JSON of a 2xx response, or throws the matching public error: `KakaoAuthError`
 * for `{error, error_code}`, `KakaoApiError` for `{code, msg}`, `KakaoResponseError` for HTML, empty,
 * malformed or unrecognised bodies.
 *
 * @example
 * ```ts
 * const json = mapResponse({ status: 200, contentType: 'application/json', text: '{"id":1}', retryAfterMs: undefined },
 *   { what: 'GET /v2/user/me', secrets: [] });
 * ```
 */
export function mapResponse(raw: RawResponse, context: MapContext): unknown {
  const ok = raw.status >= 200 && raw.status < 300;
  const json = parseBody(raw, context);
  if (ok) return json;
  throw errorFromBody(json, raw, context);
}

function parseBody(raw: RawResponse, context: MapContext): unknown {
  const trimmed = raw.text.trim();
  if (trimmed === '') throw responseError('empty_body', raw, context);
  if (/html/i.test(raw.contentType ?? '') || trimmed.startsWith('<')) {
    throw responseError('html_response', raw, context);
  }
  try {
    return parseJsonLossless(trimmed);
  } catch {
    throw responseError('malformed_json', raw, context);
  }
}

function responseError(code: KakaoResponseErrorCode, raw: RawResponse, context: MapContext) {
  const { status, contentType, retryAfterMs } = raw;
  return new KakaoResponseError(code, context.what, { status, contentType, retryAfterMs });
}

function errorFromBody(json: unknown, raw: RawResponse, context: MapContext): KakaoError {
  const body = isRecord(json) ? json : {};
  if (typeof body.error === 'string') return authError(body, raw, context);
  if (typeof body.code === 'number') return apiError(body, body.code, raw, context);
  return responseError('unexpected_body', raw, context);
}

function authError(body: Record<string, unknown>, raw: RawResponse, context: MapContext): KakaoError {
  return new KakaoAuthError({
    error: String(body.error),
    errorDescription: optionalString(body.error_description),
    errorCode: optionalString(body.error_code),
    status: raw.status,
    secrets: context.secrets,
    retryAfterMs: raw.retryAfterMs,
  });
}

function apiError(
  body: Record<string, unknown>,
  code: number,
  raw: RawResponse,
  context: MapContext,
): KakaoError {
  return new KakaoApiError({
    apiCode: code,
    msg: optionalString(body.msg),
    status: raw.status,
    requiredScopes: stringList(body.required_scopes),
    allowedScopes: stringList(body.allowed_scopes),
    apiType: optionalString(body.api_type),
    secrets: context.secrets,
    retryAfterMs: raw.retryAfterMs,
  });
}

/**
 * True for a plain JSON object (not an array, not null).
 *
 * @example
 * ```ts
 * if (isRecord(body) && typeof body.id === 'string') console.log(body.id);
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}
