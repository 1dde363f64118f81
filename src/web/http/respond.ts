/**
 * Small response builders shared by the routes.
 *
 * @module
 */

/**
 * A `303 See Other` (so a POST form lands on a GET), with cookies to set.
 *
 * @example
 * ```ts
 * redirect('/account', ['kakao_session=…; Path=/; HttpOnly; SameSite=Lax']);
 * ```
 */
export function redirect(location: string, cookies: readonly string[] = []): Response {
  const headers = new Headers({ location, 'cache-control': 'no-store' });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * A JSON answer that is never cached.
 *
 * @example
 * ```ts
 * json({ ok: true }, 200);
 * ```
 */
export function json(body: unknown, status: number, cookies: readonly string[] = []): Response {
  const headers = new Headers({
    'content-type': 'application/json;charset=utf-8',
    'cache-control': 'no-store',
  });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(JSON.stringify(body), { status, headers });
}

/**
 * An HTML answer that is never cached and runs no script.
 *
 * @example
 * ```ts
 * html('<!doctype html><title>ok</title>', 200);
 * ```
 */
export function html(body: string, status: number, cookies: readonly string[] = []): Response {
  const headers = new Headers({
    'content-type': 'text/html;charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(body, { status, headers });
}

/**
 * Whether the client prefers JSON (an API call) over an HTML page (a browser navigation).
 *
 * @example
 * ```ts
 * wantsJson(new Request('http://a.test/', { headers: { accept: 'application/json' } })); // true
 * ```
 */
export function wantsJson(request: Request): boolean {
  const accept = request.headers.get('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/**
 * Escapes text for HTML.
 *
 * @example
 * ```ts
 * escapeHtml('<b>'); // '&lt;b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES.get(c) ?? c);
}

const ENTITIES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);
