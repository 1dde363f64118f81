/**
 * A side door for requests the Node binding built: they can answer a header or their URL parts
 * from the raw Node request, without building undici `Headers` or parsing a `URL`. Any other
 * `Request` is read the standard way; both give the same values.
 *
 * @module
 */

import type { RequestTarget } from './url.js';

/** What a fast request offers (see `node/request.ts`). */
export interface FastRequestParts {
  /** `request.headers.get(name)` (name in lower case). */
  header(name: string): string | null;
  /** Origin, path and query, as `new URL(request.url)` has them. */
  target(): RequestTarget;
}

/** The key under which a fast request exposes its {@link FastRequestParts}. */
export const FAST_PARTS: unique symbol = Symbol('kakao-oauth emulator request parts');

/**
 * The fast parts of a request, if it has them.
 *
 * @example
 * ```ts
 * declare const request: Request;
 * const path = fastPartsOf(request)?.target().pathname ?? new URL(request.url).pathname;
 * ```
 */
export function fastPartsOf(request: Request): FastRequestParts | undefined {
  return (request as { [FAST_PARTS]?: FastRequestParts })[FAST_PARTS];
}

/**
 * `request.headers.get(name)`, answered from the raw headers when the request has them.
 *
 * @example
 * ```ts
 * declare const request: Request;
 * requestHeader(request, 'authorization'); // 'Bearer …' or null
 * ```
 */
export function requestHeader(request: Request, name: string): string | null {
  const fast = fastPartsOf(request);
  return fast ? fast.header(name) : request.headers.get(name);
}
