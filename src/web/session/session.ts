/**
 * Sessions: created after a sign-in, read by `getSession`, ended by logout, unlink and the unlink
 * webhook. In `cookie` mode the whole session is sealed in the cookie; in `store` mode the cookie
 * holds a sealed id and the session lives in the store. Either way, an ended session or user is
 * marked in the store, so a copied cookie stops working at once.
 *
 * @module
 */
import { base64url } from '../../client/authorize/base64url.js';
import type { WebContext } from '../context.js';
import { openFirst } from '../crypto/seal.js';
import { deleteCookie, MAX_SAME_NAME, readCookies, serializeCookie } from '../http/cookies.js';

/**
 * A signed-in user, as `getSession` returns it.
 *
 * @example
 * ```ts
 * declare const session: KakaoSession;
 * console.log(session.userId, session.nickname);
 * ```
 */
export interface KakaoSession {
  /** Session id (random; not the user id). */
  readonly id: string;
  /** The Kakao user id, a decimal string (64-bit; exact). */
  readonly userId: string;
  readonly nickname: string | undefined;
  readonly email: string | undefined;
  /** Consent items granted so far. */
  readonly scopes: readonly string[];
  /** Put this in logout/unlink forms as `csrf` (or send it as `x-csrf-token`). */
  readonly csrfToken: string;
  /** Sign-in time, epoch milliseconds. */
  readonly signedInAt: number;
  /** Expiry, epoch milliseconds. */
  readonly expiresAt: number;
}

/** What a new session is made of. */
export type NewSession = Pick<KakaoSession, 'userId' | 'nickname' | 'email' | 'scopes'>;

const randomId = () => base64url(crypto.getRandomValues(new Uint8Array(24)));
const userEndKey = (userId: string) => `end:u:${userId}`;
const sessionEndKey = (id: string) => `end:s:${id}`;
const sessionKey = (id: string) => `s:${id}`;

/**
 * Creates a session; returns it and its `Set-Cookie` value.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * const { session, cookie } = await createSession(ctx, request, { userId: '1', nickname: undefined, email: undefined, scopes: [] });
 * declare const request: Request;
 * ```
 */
export async function createSession(
  ctx: WebContext,
  request: Request,
  data: NewSession,
): Promise<{ session: KakaoSession; cookie: string }> {
  const now = ctx.kakao.clock();
  const session: KakaoSession = {
    ...data,
    id: randomId(),
    csrfToken: randomId(),
    signedInAt: now,
    expiresAt: now + ctx.sessionMaxAgeSec * 1000,
  };
  const record = toRecord(session);
  let sealed: string;
  if (ctx.sessions === 'store') {
    await ctx.store.set(sessionKey(session.id), record, ctx.sessionMaxAgeSec);
    sealed = await ctx.sessionSealer.seal({ sid: session.id }, ctx.sessionMaxAgeSec);
  } else {
    sealed = await ctx.sessionSealer.seal(record, ctx.sessionMaxAgeSec);
  }
  const cookie = serializeCookie(ctx.cookieName, sealed, {
    path: '/',
    maxAgeSec: ctx.sessionMaxAgeSec,
    secure: isHttps(ctx, request),
  });
  return { session, cookie };
}

/**
 * The request's live session, or `null` (no cookie, tampered, expired, logged out, user ended).
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const session = await readSession(ctx, request);
 * ```
 */
export async function readSession(ctx: WebContext, request: Request): Promise<KakaoSession | null> {
  const opened = await openFirst(ctx.sessionSealer, readCookies(request, ctx.cookieName, MAX_SAME_NAME));
  if (opened === undefined) return null;
  const record = ctx.sessions === 'store' ? await storedRecord(ctx, opened.sid) : opened;
  const session = record === undefined ? undefined : fromRecord(record);
  if (session === undefined || session.expiresAt <= ctx.kakao.clock()) return null;
  return (await isEnded(ctx, session)) ? null : session;
}

/**
 * Ends one session; returns the `Set-Cookie` value that deletes its cookie.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * declare const session: KakaoSession;
 * const cookie = await endSession(ctx, request, session);
 * ```
 */
export async function endSession(ctx: WebContext, request: Request, session: KakaoSession): Promise<string> {
  if (ctx.sessions === 'store') await ctx.store.delete(sessionKey(session.id));
  const left = Math.ceil((session.expiresAt - ctx.kakao.clock()) / 1000);
  if (left > 0) await ctx.store.set(sessionEndKey(session.id), { at: ctx.kakao.clock() }, left);
  return clearSessionCookie(ctx, request);
}

/**
 * Ends every session of a user that started until now (unlink, unlink webhook). Idempotent.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * await endUserSessions(ctx, '1376016924426111111');
 * ```
 */
export async function endUserSessions(ctx: WebContext, userId: string): Promise<void> {
  await ctx.store.set(userEndKey(userId), { at: ctx.kakao.clock() }, ctx.sessionMaxAgeSec);
}

/**
 * Ends a user everywhere: forgets their Kakao tokens and ends every session of theirs.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * await endUser(ctx, '1376016924426111111');
 * ```
 */
export async function endUser(ctx: WebContext, userId: string): Promise<void> {
  await ctx.tokens.remove(userId);
  await endUserSessions(ctx, userId);
}

/**
 * The `Set-Cookie` value that deletes the session cookie.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * clearSessionCookie(ctx, request);
 * ```
 */
export function clearSessionCookie(ctx: WebContext, request: Request): string {
  return deleteCookie(ctx.cookieName, { path: '/', secure: isHttps(ctx, request) });
}

/**
 * Whether cookies must be `Secure`: the app is served over https.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * isHttps(ctx, new Request('https://app.example.com/')); // true
 * ```
 */
export function isHttps(ctx: WebContext, request: Request): boolean {
  return (ctx.baseUrl?.protocol ?? new URL(request.url).protocol) === 'https:';
}

async function isEnded(ctx: WebContext, session: KakaoSession): Promise<boolean> {
  const [user, one] = await Promise.all([
    ctx.store.get(userEndKey(session.userId)),
    ctx.store.get(sessionEndKey(session.id)),
  ]);
  if (one !== undefined) return true;
  return typeof user?.at === 'number' && user.at >= session.signedInAt;
}

async function storedRecord(ctx: WebContext, sid: unknown): Promise<Record<string, unknown> | undefined> {
  return typeof sid === 'string' ? ctx.store.get(sessionKey(sid)) : undefined;
}

function toRecord(session: KakaoSession): Record<string, unknown> {
  return {
    sid: session.id,
    uid: session.userId,
    nn: session.nickname,
    em: session.email,
    sc: session.scopes,
    csrf: session.csrfToken,
    iat: session.signedInAt,
    xat: session.expiresAt,
  };
}

function fromRecord(r: Record<string, unknown>): KakaoSession | undefined {
  const ok =
    typeof r.sid === 'string' &&
    typeof r.uid === 'string' &&
    typeof r.csrf === 'string' &&
    typeof r.iat === 'number' &&
    typeof r.xat === 'number' &&
    Array.isArray(r.sc);
  if (!ok) return undefined;
  return {
    id: r.sid as string,
    userId: r.uid as string,
    nickname: typeof r.nn === 'string' ? r.nn : undefined,
    email: typeof r.em === 'string' ? r.em : undefined,
    scopes: (r.sc as unknown[]).filter((s): s is string => typeof s === 'string'),
    csrfToken: r.csrf as string,
    signedInAt: r.iat as number,
    expiresAt: r.xat as number,
  };
}
