/**
 * Redirects and the session cookie of the auth host.
 *
 * @module
 */

import { SESSION_COOKIE } from '../model/sessions.js';
import type { BrowserSession } from '../model/types.js';

/**
 * A `302 Found` to `target` with `params` appended to its query; `Content-Length: 0` like Kakao.
 * Parameters whose value is `undefined` are left out. Spaces are written `%20`, as Kakao writes
 * them (`User%20denied%20access`, spec §3.4), not with the `+` of form encoding.
 */
export function redirectTo(
  target: string,
  params: Record<string, string | undefined>,
  headers: Record<string, string> = {},
): Response {
  const url = new URL(target);
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.append(name, value);
  // URLSearchParams writes a space as `+` and a literal `+` as `%2B`, so this swap is exact.
  url.search = url.search.replace(/\+/g, '%20');
  return new Response(null, {
    status: 302,
    headers: { location: url.href, 'content-length': '0', ...headers },
  });
}

/** `Set-Cookie` for a new session: persistent with "keep me signed in", else a browser-session cookie. */
export function sessionCookie(session: BrowserSession, now: number): string {
  const maxAge = session.keepSignedIn ? `; Max-Age=${Math.floor((session.expiresAt - now) / 1000)}` : '';
  return `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax${maxAge}`;
}

/** `Set-Cookie` that deletes the session cookie. */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}

/** The session cookie's value on a request. */
export function readSessionCookie(request: Request): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return rest.join('=');
  }
  return undefined;
}
