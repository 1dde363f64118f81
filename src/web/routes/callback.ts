/**
 * `GET {basePath}/callback`: Kakao's redirect back. Checks the attempt (state against its own
 * cookie, once), trades the code with the PKCE verifier, verifies the id_token (signature, iss,
 * aud, expiry, nonce), keeps the tokens, starts the session and returns to `returnTo`.
 *
 * @module
 */
import { parseCallback } from '../../client/authorize/callback.js';
import { exchangeCode } from '../../client/tokens/exchange-code.js';
import type { KakaoTokenSet } from '../../client/tokens/token-set.js';
import { getUser } from '../../client/user/get-user.js';
import type { SignInEvent } from '../config.js';
import type { WebContext } from '../context.js';
import { withCookie } from '../errors/error-cookies.js';
import { appOrigin, safeReturnTo } from '../http/origin.js';
import { redirect } from '../http/respond.js';
import { createSession } from '../session/session.js';
import { takeTransaction } from '../transaction/transaction.js';

/**
 * Finishes a login. The state is marked used only once the code was exchanged, so a callback
 * with a junk code writes nothing to the store.
 *
 * @throws KakaoWebError (state, attempt), KakaoAuthError (`access_denied` when the user cancelled,
 *   `KOE…` from the token endpoint), KakaoIdTokenError; each carries the attempt-clearing
 *   `Set-Cookie` (see `cookiesOfError`) once the attempt was found.
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const response = await finishLogin(ctx, request);
 * ```
 */
export async function finishLogin(ctx: WebContext, request: Request): Promise<Response> {
  const { tx, clear, markUsed } = await takeTransaction(ctx, request);
  try {
    const returnTo = safeReturnTo(tx.returnTo, appOrigin(request, ctx.baseUrl), ctx.afterLoginPath);
    const { code } = parseCallback(request.url, { expectedState: tx.state });
    const tokens = await exchangeCode(
      ctx.kakao,
      { code, redirectUri: tx.redirectUri, codeVerifier: tx.codeVerifier },
      { nonce: tx.nonce },
    );
    await markUsed();
    const who = await identify(ctx, tokens);
    await ctx.tokens.save(who.userId, tokens);
    await ctx.onSignIn?.(who);
    const { cookie } = await createSession(ctx, request, who);
    return redirect(returnTo, [clear, cookie]);
  } catch (error) {
    throw withCookie(error, clear);
  }
}

/** The user: from the verified id_token (OIDC), else from `/v2/user/me`. */
async function identify(ctx: WebContext, tokens: KakaoTokenSet): Promise<SignInEvent> {
  const claims = tokens.idTokenClaims;
  if (claims !== undefined) {
    return { userId: claims.sub, nickname: claims.nickname, email: claims.email, scopes: tokens.scopes };
  }
  const user = await getUser(ctx.kakao, { accessToken: tokens.accessToken });
  const account = user.kakao_account;
  const email = account?.is_email_valid && account.is_email_verified ? account.email : undefined;
  return { userId: user.id, nickname: account?.profile?.nickname, email, scopes: tokens.scopes };
}
