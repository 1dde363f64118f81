/**
 * One place that turns any failure on the way through Kakao Login into what the user sees and
 * what the developer must fix.
 *
 * @module
 */
import { KakaoApiError } from '../../base/errors/api-error.js';
import { KakaoAuthError } from '../../base/errors/auth-error.js';
import { KakaoCallbackError } from '../../base/errors/callback-error.js';
import { KakaoError } from '../../base/errors/kakao-error.js';
import { KakaoTransportError } from '../../base/errors/transport-error.js';
import { KakaoIdTokenError } from '../../oidc/errors.js';
import { KakaoTokenLockError, KakaoTokenStoreError } from '../../tokens/errors.js';
import { KakaoWebError } from './request-error.js';

/**
 * What happened, for a page or a JSON answer. Never holds a secret.
 *
 * @example
 * ```ts
 * const problem: WebProblem = describeProblem(new Error('x'));
 * ```
 */
export interface WebProblem {
  readonly status: number;
  /** Stable code: `cancelled`, `consent_required`, Kakao's `KOE…`, or a `KakaoWebError` code. */
  readonly code: string;
  readonly title: string;
  /** What happened, for the user. */
  readonly detail: string;
  /** How to fix it, for the developer. */
  readonly fix: string | undefined;
}

interface KnownKakao {
  readonly status: number;
  readonly title: string;
  readonly fix: string;
}

/** Kakao codes that developers meet most, with a fix written for this library's setup. */
const KAKAO: ReadonlyMap<string, KnownKakao> = new Map([
  [
    'access_denied',
    {
      status: 403,
      title: 'Sign-in cancelled',
      fix: 'The user pressed Cancel on Kakao’s consent screen (or is refused by the app’s age policy). Offer to try again.',
    },
  ],
  [
    'consent_required',
    {
      status: 403,
      title: 'Consent required',
      fix: 'prompt=none was sent but the user must agree first: start the login again without prompt=none.',
    },
  ],
  [
    'login_required',
    {
      status: 403,
      title: 'Sign-in required',
      fix: 'prompt=none was sent without a Kakao session: retry without it.',
    },
  ],
  [
    'KOE006',
    {
      status: 500,
      title: 'Redirect URI not registered',
      fix: 'Register the exact redirect URI (scheme, host, port, path) in Kakao Developers → App → Kakao Login → Redirect URI, or set KAKAO_REDIRECT_URI to a registered one.',
    },
  ],
  [
    'KOE205',
    {
      status: 500,
      title: 'Consent item not configured',
      fix: 'A requested scope is not set up in Kakao Developers → Kakao Login → Consent items. account_email in particular needs a Biz app (business information registered) before it can be configured: set it up, or remove it from scopes.',
    },
  ],
  [
    'KOE010',
    {
      status: 500,
      title: 'Client secret rejected',
      fix: 'Client Secret is on for the app: set KAKAO_CLIENT_SECRET to the secret shown in Kakao Developers → App → Security (Client Secret), or turn it off there.',
    },
  ],
  [
    'KOE101',
    {
      status: 500,
      title: 'Unknown app key',
      fix: 'KAKAO_REST_API_KEY must be the app’s REST API key from Kakao Developers → App → App keys.',
    },
  ],
  [
    'KOE320',
    {
      status: 400,
      title: 'Sign-in link expired',
      fix: 'The authorization code was already used or expired. Start the login again.',
    },
  ],
  [
    'KOE303',
    {
      status: 500,
      title: 'Redirect URI mismatch',
      fix: 'The redirect URI of the token request differs from the authorize request: configure one redirectUri.',
    },
  ],
]);

/**
 * Describes any error met by the routes: a refused request (`KakaoWebError`, or a callback URL
 * without a code: 400), a Kakao error with its fix, a `sign_in_required` error of the token
 * manager (401), the token store failing or locked (503) or holding an entry it cannot read (500),
 * Kakao unreachable (502).
 *
 * @example
 * ```ts
 * import { KakaoAuthError } from 'kakao-oauth';
 * describeProblem(new KakaoAuthError({ error: 'access_denied' })).title; // 'Sign-in cancelled'
 * ```
 */
export function describeProblem(error: unknown): WebProblem {
  if (error instanceof KakaoWebError) return webProblem(error);
  if (error instanceof KakaoCallbackError) {
    return problem(400, error.code, 'Sign-in refused', error.message, undefined);
  }
  if (error instanceof KakaoError && error.code === 'sign_in_required') {
    // KakaoSignInRequiredError of kakao-oauth/tokens, or a WebTokenManager's own error.
    return problem(
      401,
      error.code,
      'Sign-in required',
      'Your Kakao sign-in has ended (logged out, expired or disconnected). Sign in again.',
      'Send the user through Kakao Login again (auth.loginPath({ returnTo })).',
    );
  }
  if (error instanceof KakaoAuthError)
    return kakaoProblem(error.code, error.error, error.meaning, error.hint);
  if (error instanceof KakaoApiError && error.apiCode === -402) {
    return {
      status: 403,
      code: 'consent_required',
      title: 'Consent required',
      detail: `This needs your consent to: ${error.requiredScopes.join(', ') || 'more items'}.`,
      fix: 'Send the user through incremental consent (auth.consentRedirect(request, error)).',
    };
  }
  if (error instanceof KakaoIdTokenError) {
    return problem(502, error.code, 'Sign-in could not be verified', error.message, undefined);
  }
  if (error instanceof KakaoTokenStoreError && error.code === 'unreadable_entry') {
    return problem(
      500,
      error.code,
      'Saved sign-in unreadable',
      'Your saved Kakao sign-in could not be read. Sign in again.',
      error.message,
    );
  }
  if (error instanceof KakaoTokenStoreError || error instanceof KakaoTokenLockError) {
    return problem(
      503,
      error.code,
      'Sign-in storage unavailable',
      'Your Kakao sign-in could not be saved or read just now. Try again shortly.',
      error.message,
    );
  }
  if (error instanceof KakaoTransportError) {
    return problem(
      502,
      error.code,
      'Kakao is unreachable',
      'Kakao did not answer. Try again shortly.',
      undefined,
    );
  }
  if (error instanceof KakaoError) {
    return problem(502, error.code, 'Kakao refused the request', error.message, undefined);
  }
  return problem(
    500,
    'internal_error',
    'Something went wrong',
    'An unexpected error ended the sign-in.',
    undefined,
  );
}

function webProblem(error: KakaoWebError): WebProblem {
  const titles: Record<string, string> = {
    csrf_failed: 'Request refused',
    webhook_unauthorized: 'Unauthorized',
    not_signed_in: 'Not signed in',
    bad_return_to: 'Bad return address',
  };
  return problem(error.status, error.code, titles[error.code] ?? 'Sign-in refused', error.message, undefined);
}

function kakaoProblem(
  code: string,
  oauthError: string,
  meaning: string | undefined,
  hint: string | undefined,
): WebProblem {
  const known = KAKAO.get(code) ?? KAKAO.get(oauthError);
  const label = code === oauthError ? code : `${code} ${oauthError}`;
  const detail = `Kakao answered ${label}: ${meaning ?? 'unknown error'}`;
  if (known === undefined) return problem(502, code, 'Kakao refused the sign-in', detail, hint);
  const publicCode = oauthError === 'access_denied' ? 'cancelled' : code;
  return problem(known.status, publicCode, known.title, detail, known.fix);
}

function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  fix: string | undefined,
): WebProblem {
  return { status, code, title, detail, fix };
}
