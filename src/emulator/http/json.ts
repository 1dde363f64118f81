/**
 * JSON for the emulator's responses. `bigint` values (64-bit user ids) are written as JSON
 * integers without precision loss, as Kakao writes them (`"id":1376016924426111111`).
 *
 * @module
 */

const MARKER = `\u0000big${Math.random().toString(36).slice(2, 10)}:`;
const ESCAPED_MARKER = JSON.stringify(MARKER).slice(1, -1);
const MARKED = new RegExp(`"${ESCAPED_MARKER.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}(-?\\d+)"`, 'g');

/** The `Content-Type` of every JSON response (spec §23.12). */
export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

/**
 * `JSON.stringify` that writes `bigint` as an integer literal.
 *
 * @example
 * ```ts
 * stringifyJson({ id: 1376016924426111111n }); // '{"id":1376016924426111111}'
 * ```
 */
export function stringifyJson(value: unknown): string {
  let sawBigInt = false;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'bigint') return v;
    sawBigInt = true;
    return `${MARKER}${v}`;
  });
  return sawBigInt ? text.replace(MARKED, '$1') : text;
}

/** A user id (decimal string) as the `bigint` that {@link stringifyJson} writes as an integer. */
export function jsonId(userId: string): bigint {
  return BigInt(userId);
}

/**
 * A JSON response with Kakao's content type.
 *
 * @example
 * ```ts
 * return jsonResponse({ id: jsonId(user.id) });
 * ```
 */
export function jsonResponse(body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', JSON_CONTENT_TYPE);
  headers.set('cache-control', 'no-store');
  const text = stringifyJson(body);
  return rememberBody(new Response(text, { status: init.status ?? 200, headers }), text);
}

/** Response bodies known as text, so the Node binding can write them without reading the stream. */
const knownBodies = new WeakMap<Response, string>();

/** Records the text of a response the emulator built (see {@link knownBodyText}). */
export function rememberBody(response: Response, text: string): Response {
  knownBodies.set(response, text);
  return response;
}

/** The text of a response built with {@link rememberBody}, unless its body was already read. */
export function knownBodyText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : knownBodies.get(response);
}
