/**
 * What both servers' response mappers share: the raw response, reading its JSON body, and the
 * `KakaoResponseError` for a body that is not usable JSON (spec §21).
 *
 * @module
 */
import { KakaoResponseError, type KakaoResponseErrorCode } from '../errors/response-error.js';

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
 * declare const accessToken: string;
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
 * Turns a raw response into JSON or a public error. One per server: kauth and kapi bodies differ.
 *
 * @example
 * ```ts
 * const map: ResponseMapper = (raw) => JSON.parse(raw.text);
 * ```
 */
export type ResponseMapper = (raw: RawResponse, context: MapContext) => unknown;

/**
 * The JSON of a response body, read with `parse`.
 *
 * @throws KakaoResponseError `empty_body`, `html_response` or `malformed_json`.
 * @example
 * ```ts
 * declare const raw: RawResponse;
 * declare const context: MapContext;
 * const json = parseBody(raw, context, JSON.parse);
 * ```
 */
export function parseBody(raw: RawResponse, context: MapContext, parse: (text: string) => unknown): unknown {
  const trimmed = raw.text.trim();
  if (trimmed === '') throw responseError('empty_body', raw, context);
  if (/html/i.test(raw.contentType ?? '') || trimmed.startsWith('<')) {
    throw responseError('html_response', raw, context);
  }
  try {
    return parse(trimmed);
  } catch {
    throw responseError('malformed_json', raw, context);
  }
}

/**
 * A `KakaoResponseError` for `raw` (status, content type and `Retry-After` kept).
 *
 * @example
 * ```ts
 * declare const raw: RawResponse;
 * declare const context: MapContext;
 * throw responseError('unexpected_body', raw, context);
 * ```
 */
export function responseError(
  code: KakaoResponseErrorCode,
  raw: RawResponse,
  context: MapContext,
): KakaoResponseError {
  const { status, contentType, retryAfterMs } = raw;
  return new KakaoResponseError(code, context.what, { status, contentType, retryAfterMs });
}

/**
 * True for a plain JSON object (not an array, not null).
 *
 * @example
 * ```ts
 * const body: unknown = JSON.parse('{"id":"1"}');
 * if (isRecord(body) && typeof body.id === 'string') console.log(body.id);
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `value` when it is a string, else `undefined`.
 *
 * @example
 * ```ts
 * declare const body: Record<string, unknown>;
 * optionalString(body.error_description);
 * ```
 */
export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
