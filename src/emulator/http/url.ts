/**
 * The parsed URL of a request, parsed once per request and shared by the router and the routes,
 * and the cheaper {@link requestTarget} (origin, path, query) that most of them need.
 * The shared `URL` must never be changed: copy its `searchParams` before editing them.
 *
 * @module
 */

import { fastPartsOf } from './fast-request.js';

const parsed = new WeakMap<Request, URL>();

/**
 * The request's URL, parsed once (treat it as read-only).
 *
 * @example
 * ```ts
 * declare const request: Request;
 * requestUrl(request).pathname; // '/oauth/token'
 * ```
 */
export function requestUrl(request: Request): URL {
  let url = parsed.get(request);
  if (!url) {
    url = new URL(request.url);
    parsed.set(request, url);
  }
  return url;
}

/** The parts of a request URL the router and the routes read (the same values as `URL`'s). */
export interface RequestTarget {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
}

/**
 * Origin, path and query of a request, without parsing a `URL` when the Node binding already
 * split a plain request target.
 *
 * @example
 * ```ts
 * declare const request: Request;
 * requestTarget(request).pathname; // '/v2/user/me'
 * ```
 */
export function requestTarget(request: Request): RequestTarget {
  return fastPartsOf(request)?.target() ?? requestUrl(request);
}
