/**
 * CORS for browser callers (Kakao opened kapi to browsers with JavaScript SDK v2). Kakao's exact
 * header values are not documented; the emulator allows any origin (no cookies are involved:
 * credentials travel in `Authorization`) and answers preflights for the known paths.
 *
 * @module
 */

/** Request headers a browser may send to kapi. */
export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, KA';

/**
 * Answers a preflight (`OPTIONS`) for a path that accepts `methods`.
 *
 * @example
 * ```ts
 * declare const request: Request;
 * preflight(request, ['GET', 'POST']).status; // 204
 * ```
 */
export function preflight(request: Request, methods: readonly string[]): Response {
  const asked = request.headers.get('access-control-request-headers');
  const headers = new Headers({
    'access-control-allow-methods': [...methods, 'OPTIONS'].join(', '),
    'access-control-allow-headers': asked ?? CORS_ALLOWED_HEADERS,
    'access-control-max-age': '86400',
    'content-length': '0',
  });
  return withCors(request, new Response(null, { status: 204, headers }));
}

/**
 * Adds `Access-Control-Allow-Origin: *` when the request came from a browser page (`Origin`).
 *
 * @example
 * ```ts
 * declare const request: Request;
 * const response = withCors(request, new Response('{}'));
 * ```
 */
export function withCors(request: Request, response: Response): Response {
  if (request.headers.get('origin') !== null) response.headers.set('access-control-allow-origin', '*');
  return response;
}
