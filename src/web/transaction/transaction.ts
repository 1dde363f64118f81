/**
 * The login transaction: state, nonce, PKCE verifier and `returnTo` of one login attempt, sealed
 * in its own short-lived cookie whose name carries part of the state, so two tabs signing in at
 * once never overwrite each other's attempt.
 *
 * @module
 */
import { timingSafeEqual } from '../../client/authorize/constant-time.js';
import type { WebContext } from '../context.js';
import { openFirst } from '../crypto/seal.js';
import { withCookie } from '../errors/error-cookies.js';
import { KakaoWebError } from '../errors/request-error.js';
import { deleteCookie, MAX_SAME_NAME, readCookies, serializeCookie } from '../http/cookies.js';
import { isHttps } from '../session/session.js';

/**
 * One login attempt.
 *
 * @example
 * ```ts
 * declare const tx: LoginTransaction;
 * tx.returnTo; // '/account'
 * ```
 */
export interface LoginTransaction {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
  readonly returnTo: string;
}

/** How long a login attempt may take: 10 minutes (Kakao's code lifetime). */
export const TRANSACTION_MAX_AGE_SEC = 600;
const PREFIX = 'kakao_tx_';
/** What a `state` of ours looks like (43 base64url characters; any length from 16 to 128 is read). */
const STATE = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * The cookie name of the attempt with this `state`.
 *
 * @example
 * ```ts
 * transactionCookieName('abcdefghijklmnopqrstuvwxyz'); // 'kakao_tx_abcdefghijklmnop'
 * ```
 */
export function transactionCookieName(state: string): string {
  return `${PREFIX}${state.slice(0, 16)}`;
}

/**
 * The `Set-Cookie` value that starts an attempt.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * declare const tx: LoginTransaction;
 * const cookie = await saveTransaction(ctx, request, tx);
 * ```
 */
export async function saveTransaction(
  ctx: WebContext,
  request: Request,
  tx: LoginTransaction,
): Promise<string> {
  const sealed = await ctx.transactionSealer.seal({ ...tx }, TRANSACTION_MAX_AGE_SEC);
  return serializeCookie(transactionCookieName(tx.state), sealed, {
    path: '/',
    maxAgeSec: TRANSACTION_MAX_AGE_SEC,
    secure: isHttps(ctx, request),
  });
}

/**
 * The attempt the callback's `state` names, checked, the `Set-Cookie` value that ends it, and
 * `markUsed`, which records the state as used. A state is accepted once: a replay of the same
 * callback is refused even with the cookie. Call `markUsed` only after the code was exchanged, so
 * a callback with a junk code writes nothing to the store (otherwise anyone could fill it).
 *
 * @throws KakaoWebError `missing_state`, `missing_transaction` (no, expired or tampered cookie),
 *   `state_mismatch` (also for a `state` that is not of our form), `replayed_callback`.
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const { tx, clear, markUsed } = await takeTransaction(ctx, request);
 * // … exchange the code, then:
 * await markUsed();
 * ```
 */
export async function takeTransaction(
  ctx: WebContext,
  request: Request,
): Promise<{ tx: LoginTransaction; clear: string; markUsed: () => Promise<void> }> {
  const state = new URL(request.url).searchParams.get('state');
  if (state === null || state === '') throw new KakaoWebError('missing_state');
  // Never ours, and it would name a cookie: refused before it reaches a header.
  if (!STATE.test(state)) throw new KakaoWebError('state_mismatch');
  const name = transactionCookieName(state);
  const opened = await openCookie(ctx, readCookies(request, name, MAX_SAME_NAME));
  const clear = deleteCookie(name, { path: '/', secure: isHttps(ctx, request) });
  if (opened === undefined) throw withCookie(new KakaoWebError('missing_transaction'), clear);
  if (!timingSafeEqual(state, opened.state)) throw withCookie(new KakaoWebError('state_mismatch'), clear);
  const usedKey = `cb:${opened.state}`;
  if ((await ctx.store.get(usedKey)) !== undefined) {
    throw withCookie(new KakaoWebError('replayed_callback'), clear);
  }
  const markUsed = () => ctx.store.set(usedKey, { at: ctx.kakao.clock() }, TRANSACTION_MAX_AGE_SEC);
  return { tx: opened, clear, markUsed };
}

async function openCookie(ctx: WebContext, values: readonly string[]): Promise<LoginTransaction | undefined> {
  const v = await openFirst(ctx.transactionSealer, values);
  if (v === undefined) return undefined;
  const fields = [v.state, v.nonce, v.codeVerifier, v.redirectUri, v.returnTo];
  if (!fields.every((field) => typeof field === 'string')) return undefined;
  return v as unknown as LoginTransaction;
}
