/**
 * Authentication before the POST routes (logout, unlink): the session, and proof that the form
 * came from this site — the session's CSRF token (form field `csrf` or header `x-csrf-token`,
 * compared in constant time) and, when the browser sends one, a same-origin `Origin`.
 *
 * @module
 */
import { readTextLimited } from '../../base/http/body.js';
import { timingSafeEqual } from '../../client/authorize/constant-time.js';
import type { WebContext } from '../context.js';
import { KakaoWebError } from '../errors/request-error.js';
import { appOrigin, sameOriginPost } from '../http/origin.js';
import { type KakaoSession, readSession } from '../session/session.js';

/** Largest form body read for the CSRF field, in bytes (with or without a `Content-Length`). */
const MAX_FORM_BYTES = 16 * 1024;

/**
 * The session of a POST whose CSRF proof is valid, or `null` when there is no session.
 *
 * @throws KakaoWebError `method_not_allowed` for other methods, `csrf_failed` for a missing or
 *   wrong token or a foreign `Origin` (the token is read from a urlencoded form only),
 *   `body_too_large` for a form over 16 KiB (the read stops there, chunked or not).
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const session = await guardedPost(ctx, request);
 * ```
 */
export async function guardedPost(ctx: WebContext, request: Request): Promise<KakaoSession | null> {
  if (request.method !== 'POST') throw new KakaoWebError('method_not_allowed');
  if (!sameOriginPost(request, appOrigin(request, ctx.baseUrl))) throw new KakaoWebError('csrf_failed');
  const session = await readSession(ctx, request);
  if (session === null) return null;
  const sent = request.headers.get('x-csrf-token') ?? (await formField(request, 'csrf'));
  if (sent === undefined || !timingSafeEqual(sent, session.csrfToken)) throw new KakaoWebError('csrf_failed');
  return session;
}

async function formField(request: Request, name: string): Promise<string | undefined> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return undefined;
  const text = await readTextLimited(request, MAX_FORM_BYTES, () => new KakaoWebError('body_too_large'));
  return new URLSearchParams(text).get(name) ?? undefined;
}
