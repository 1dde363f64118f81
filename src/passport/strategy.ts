/**
 * `KakaoStrategy`: a Passport 0.7 strategy over kakao-oauth's client — state, nonce and PKCE kept in
 * the session, the id_token verified on the code exchange, the user read with its exact id, the
 * tokens handed to the token manager, Kakao's errors passed to `next(err)` with their meaning.
 *
 * @module
 */
import { Strategy } from 'passport-strategy';
import { KakaoAuthError } from '../base/errors/auth-error.js';
import { KakaoCallbackError } from '../base/errors/callback-error.js';
import { explainError } from '../base/errors/explain.js';
import { buildAuthorizationUrl } from '../client/authorize/authorization-url.js';
import { parseCallback } from '../client/authorize/callback.js';
import { generateNonce, generatePkce, generateState } from '../client/authorize/random.js';
import { exchangeCode } from '../client/tokens/exchange-code.js';
import { getUser } from '../client/user/get-user.js';
import { logoutAtKakao, unlinkAtKakao } from '../web/tokens/at-kakao.js';
import {
  type KakaoStrategyOptions,
  type ResolvedStrategyOptions,
  resolveStrategyOptions,
} from './options.js';
import { type KakaoPassportProfile, toProfile } from './profile.js';

/** Passport's `done`. */
export type KakaoVerifyDone = (error: unknown, user?: unknown, info?: unknown) => void;

/**
 * The verify callback, as in `passport-kakao`: `(accessToken, refreshToken, profile, done)`.
 * `refreshToken` may be `undefined`.
 */
export type KakaoVerify = (
  accessToken: string,
  refreshToken: string | undefined,
  profile: KakaoPassportProfile,
  done: KakaoVerifyDone,
) => void;

/** The request parts the strategy reads (Express's `req` has them, with express-session). */
export interface KakaoStrategyRequest {
  originalUrl?: string;
  url?: string;
  query?: Record<string, unknown>;
  session?: Record<string, unknown>;
}

const NO_ATTEMPT =
  'No Kakao sign-in was started in this session (it expired, or the callback came to another browser). Start the sign-in again.';

/** What one sign-in keeps in the session between the redirect and the callback. */
interface Attempt {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The Passport strategy. Needs a session (express-session, or NestJS with it) for the attempt.
 *
 * @example
 * ```ts
 * import passport from 'passport';
 * passport.use(
 *   new KakaoStrategy(
 *     { clientID: 'REST_API_KEY', callbackURL: 'http://localhost:3000/auth/kakao/callback' },
 *     (accessToken, refreshToken, profile, done) => done(null, { kakaoId: profile.id }),
 *   ),
 * );
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api
 */
export class KakaoStrategy extends Strategy {
  name: string;
  private readonly _options: ResolvedStrategyOptions;
  private readonly _verify: KakaoVerify;

  constructor(options: KakaoStrategyOptions, verify: KakaoVerify) {
    super();
    if (typeof verify !== 'function') throw new TypeError('KakaoStrategy: pass a verify callback.');
    this._options = resolveStrategyOptions(options);
    this._verify = verify;
    this.name = this._options.name;
  }

  /** Passport calls this: the redirect to Kakao, or (with `code`/`error` in the query) the callback. */
  override authenticate(request: Parameters<Strategy['authenticate']>[0]): void {
    const req = request as unknown as KakaoStrategyRequest;
    const run =
      req.query?.code !== undefined || req.query?.error !== undefined
        ? this._callback(req)
        : this._start(req);
    run.catch((error: unknown) => this.error(error as Error));
  }

  /**
   * Logs the user's Kakao tokens out at Kakao (`/v1/user/logout`) and forgets them. Call it with
   * `req.logout()`. Idempotent: tokens already dead at Kakao, or none kept, are not an error, and
   * Kakao being unreachable does not stop it (the tokens are forgotten all the same). Needs `tokens`.
   */
  async logout(kakaoId: string): Promise<void> {
    await logoutAtKakao(this._options.client, this._requireTokens('logout'), kakaoId);
  }

  /**
   * Disconnects the user from the app at Kakao (`/v1/user/unlink`) and forgets the tokens: with the
   * user's token, or with the client's admin key when the tokens are gone; already unlinked is not
   * an error. Needs `tokens`.
   *
   * @throws KakaoApiError / KakaoTransportError when Kakao refuses or cannot be reached (the tokens
   *   are kept), KakaoSignInRequiredError when the tokens are gone and no admin key is configured.
   */
  async unlink(kakaoId: string): Promise<void> {
    const tokens = this._requireTokens('unlink');
    await unlinkAtKakao(this._options.client, tokens, kakaoId);
    await tokens.remove(kakaoId);
  }

  private async _start(req: KakaoStrategyRequest): Promise<void> {
    const session = requireSession(req);
    const pkce = await generatePkce();
    const attempt: Attempt = {
      state: generateState(),
      nonce: generateNonce(),
      codeVerifier: pkce.codeVerifier,
    };
    session[this._sessionKey()] = attempt;
    const url = buildAuthorizationUrl(this._options.client, {
      redirectUri: this._options.callbackURL,
      scope: this._options.scope,
      state: attempt.state,
      nonce: attempt.nonce,
      codeChallenge: pkce.codeChallenge,
    });
    this.redirect(url.href);
  }

  private async _callback(req: KakaoStrategyRequest): Promise<void> {
    const session = requireSession(req);
    const attempt = session[this._sessionKey()] as Attempt | undefined;
    delete session[this._sessionKey()];
    // No attempt in this session: a callback this browser did not start (or replayed). Without
    // its state, nonce and verifier the code must not be redeemed.
    if (attempt === undefined) return this.fail({ message: NO_ATTEMPT }, 400);
    let code: string;
    try {
      ({ code } = parseCallback(req.originalUrl ?? req.url ?? '', { expectedState: attempt.state }));
    } catch (error) {
      // As passport-oauth2 (under passport-kakao) does: a user who cancelled, or a state that does
      // not match, is a failed authentication (the app's failureRedirect), not a server error.
      if (error instanceof KakaoCallbackError) return this.fail({ message: explainError(error) }, 403);
      if (error instanceof KakaoAuthError && error.error === 'access_denied') {
        return this.fail({ message: explainError(error) }, 401);
      }
      throw error;
    }
    const set = await exchangeCode(
      this._options.client,
      { code, redirectUri: this._options.callbackURL, codeVerifier: attempt.codeVerifier },
      { nonce: attempt.nonce },
    );
    const user = await getUser(this._options.client, { accessToken: set.accessToken });
    await this._options.tokens?.save(user.id, set);
    this._verify(set.accessToken, set.refreshToken, toProfile(user), this._done());
  }

  private _done(): KakaoVerifyDone {
    return (error, user, info) => {
      if (error) this.error(error as Error);
      else if (!user) this.fail(info, 401);
      else this.success(user, info);
    };
  }

  private _sessionKey(): string {
    return `kakao-oauth:${this.name}`;
  }

  private _requireTokens(what: string) {
    if (this._options.tokens === undefined) {
      throw new TypeError(`KakaoStrategy.${what}: pass { tokens } (a TokenManager) to the strategy.`);
    }
    return this._options.tokens;
  }
}

function requireSession(req: KakaoStrategyRequest): Record<string, unknown> {
  if (req.session === undefined) {
    throw new TypeError(
      'KakaoStrategy needs a session to keep state, nonce and the PKCE verifier: add express-session before passport.',
    );
  }
  return req.session;
}
