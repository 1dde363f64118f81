/**
 * The parsed URL of a request, parsed once per request and shared by the router and the routes,
 * and the cheaper {@link requestTarget} (origin, path, query) that most of them need.
 * The shared `URL` must never be changed: copy its `searchParams` before editing them.
 *
 * @module
 */

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
 * Origin, path and query of a request, as `URL` has them. `request.url` is a serialized URL, so
 * for `http:` and `https:` without credentials they are cut from the text without parsing a
 * `URL`; anything else is parsed (once per request).
 *
 * @example
 * ```ts
 * declare const request: Request;
 * requestTarget(request).pathname; // '/v2/user/me'
 * ```
 */
export function requestTarget(request: Request): RequestTarget {
  return splitUrl(request.url) ?? requestUrl(request);
}

/** The parts of a serialized `http(s)` URL without credentials, else `undefined`. */
function splitUrl(url: string): RequestTarget | undefined {
  const authority = url.startsWith('http://') ? 7 : url.startsWith('https://') ? 8 : -1;
  const slash = authority < 0 ? -1 : url.indexOf('/', authority);
  if (slash < 0 || url.lastIndexOf('@', slash) >= authority) return undefined;
  const hash = url.indexOf('#', slash);
  const end = hash < 0 ? url.length : hash;
  const question = url.indexOf('?', slash);
  const query = question < 0 || question > end ? end : question;
  return {
    origin: url.slice(0, slash),
    pathname: url.slice(slash, query),
    search: end - query > 1 ? url.slice(query, end) : '',
  };
}
