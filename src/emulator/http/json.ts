/**
 * JSON for the emulator's responses. `bigint` values (64-bit user ids) are written as JSON
 * integers without precision loss, as Kakao writes them (`"id":1376016924426111111`).
 *
 * @module
 */

import { textResponse, textResponseBody } from './text-response.js';

const MARKER = `\u0000big${Math.random().toString(36).slice(2, 10)}:`;
const ESCAPED_MARKER = JSON.stringify(MARKER).slice(1, -1);
const MARKED = new RegExp(`"${ESCAPED_MARKER.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}(-?\\d+)"`, 'g');

/** The `Content-Type` of every JSON response (spec §23.12). */
export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

/**
 * `value` with each `bigint` replaced by a marked string; containers are copied only along the
 * paths that hold one (the same reference comes back when there is none). Plain objects and
 * arrays are walked; anything else is left to `JSON.stringify` (and its `toJSON`).
 */
function markBigInts(value: unknown): unknown {
  if (typeof value === 'bigint') return `${MARKER}${value}`;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const marked = markBigInts(value[i]);
      if (marked === value[i]) continue;
      copy ??= value.slice();
      copy[i] = marked;
    }
    return copy ?? value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const marked = markBigInts(item);
    if (marked === item) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    copy[key] = marked;
  }
  return copy ?? value;
}

function stringifyWithReplacer(value: unknown): string {
  let sawBigInt = false;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'bigint') return v;
    sawBigInt = true;
    return `${MARKER}${v}`;
  });
  return sawBigInt ? text.replace(MARKED, '$1') : text;
}

/**
 * `JSON.stringify` that writes `bigint` as an integer literal.
 *
 * @example
 * ```ts
 * stringifyJson({ id: 1376016924426111111n }); // '{"id":1376016924426111111}'
 * ```
 */
export function stringifyJson(value: unknown): string {
  try {
    const marked = markBigInts(value);
    const text = JSON.stringify(marked);
    return marked === value ? text : text.replace(MARKED, '$1');
  } catch (error) {
    // A bigint inside something the walk does not enter (a class instance), or a cycle: the
    // general way, which also throws JSON.stringify's own error.
    if (error instanceof TypeError || error instanceof RangeError) return stringifyWithReplacer(value);
    throw error;
  }
}

/** A user id (decimal string) as the `bigint` that {@link stringifyJson} writes as an integer. */
export function jsonId(userId: string): bigint {
  return BigInt(userId);
}

type HeaderPairs = readonly (readonly [string, string])[];

/** The headers of every JSON response (shared: header pairs are never changed in place). */
const JSON_HEADERS: HeaderPairs = Object.freeze([
  Object.freeze(['content-type', JSON_CONTENT_TYPE] as const),
  Object.freeze(['cache-control', 'no-store'] as const),
]);

/** The headers of every JSON response, then the caller's (content type and cache policy win). */
function jsonHeaderPairs(init: HeadersInit | undefined): HeaderPairs {
  if (!init) return JSON_HEADERS;
  const extra = init instanceof Headers || Array.isArray(init) ? new Headers(init) : Object.entries(init);
  const pairs: (readonly [string, string])[] = [];
  for (const [name, value] of extra) {
    const lower = name.toLowerCase();
    if (lower !== 'content-type' && lower !== 'cache-control') pairs.push([lower, value]);
  }
  return pairs.length === 0 ? JSON_HEADERS : [...JSON_HEADERS, ...pairs];
}

/**
 * A JSON response with Kakao's content type (a lazily built `Response`, see `textResponse`).
 *
 * @example
 * ```ts
 * const response = jsonResponse({ id: jsonId('1376016924426111111') });
 * ```
 */
export function jsonResponse(body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  return textResponse(stringifyJson(body), init.status ?? 200, jsonHeaderPairs(init.headers));
}

/**
 * A JSON response whose body is already JSON text (same headers as {@link jsonResponse});
 * `bytes`, when given, must be that text in UTF-8 (the Node binding then writes them as they are).
 *
 * @example
 * ```ts
 * const response = jsonTextResponse('{"id":1376016924426111111}');
 * ```
 */
export function jsonTextResponse(text: string, status = 200, bytes?: Uint8Array): Response {
  return textResponse(text, status, jsonHeaderPairs(undefined), bytes);
}

/** Response bodies known as text, so the Node binding can write them without reading the stream. */
const knownBodies = new WeakMap<Response, string>();

/** Records the text of a response the emulator built (see {@link knownBodyText}). */
export function rememberBody(response: Response, text: string): Response {
  knownBodies.set(response, text);
  return response;
}

/** The text of a response built with {@link rememberBody} or `jsonResponse`, unless its body was already read. */
export function knownBodyText(response: Response): string | undefined {
  const text = textResponseBody(response);
  if (text !== undefined) return text;
  return response.bodyUsed ? undefined : knownBodies.get(response);
}
