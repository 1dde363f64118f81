/**
 * The parsed URL of a request, parsed once per request and shared by the router and the routes.
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

/** Seeds {@link requestUrl} with a URL the caller already parsed for this request. */
export function primeRequestUrl(request: Request, url: URL): void {
  parsed.set(request, url);
}
