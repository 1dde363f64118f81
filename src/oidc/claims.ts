/**
 * The claims of a Kakao id_token and the checks run on them after the signature.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { type IdTokenErrorCode, KakaoIdTokenError } from './errors.js';

/**
 * The verified payload of a Kakao id_token. Profile claims appear only with the user's consent.
 *
 * Kakao's id_token carries **no `email_verified`**: Kakao puts `email` in it only when the address
 * is valid and verified. For the flag itself call {@link getOidcUserInfo}.
 *
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-id-token
 */
export interface KakaoIdTokenClaims {
  /** Issuer: `https://kauth.kakao.com` (or the configured issuer). */
  readonly iss: string;
  /** The app key the user logged in with (REST API, JavaScript or native key). Always a string. */
  readonly aud: string;
  /** The Kakao user id, a decimal string (may exceed 2^53). */
  readonly sub: string;
  /** Issued at (epoch seconds). */
  readonly iat: number;
  /** Expires at (epoch seconds); equals the access token's lifetime. */
  readonly exp: number;
  /** When the user authenticated with Kakao (epoch seconds). */
  readonly auth_time: number;
  /** Copied from the authorize request when one was sent. */
  readonly nonce?: string;
  /** Consent `profile_nickname`. */
  readonly nickname?: string;
  /** Thumbnail URL; consent `profile_image`. */
  readonly picture?: string;
  /** Consent `account_email`; present only when valid and verified (no `email_verified` claim). */
  readonly email?: string;
  /** Any other claim, as sent. */
  readonly [claim: string]: unknown;
}

/** What the caller expects of an id_token, beyond the client's issuer and audiences. */
export interface VerifyIdTokenChecks {
  /**
   * The nonce sent on the authorize request. When given, the token must carry the same one. When
   * omitted, a token that carries a nonce is refused (`ID_TOKEN_NONCE_UNEXPECTED`): the usual cause
   * is forgetting to pass it, which would silently disable replay protection. Pass `false` to skip
   * the nonce check knowingly (e.g. a refreshed id_token, whose nonce you checked at login).
   */
  nonce?: string | false | undefined;
  /** Maximum authentication age in seconds (the `max_age` you sent): checks `auth_time`. */
  maxAge?: number | undefined;
  /** Allowed clock skew in seconds for `exp`, `iat`, `nbf` and `auth_time`. Default 30. */
  clockToleranceSec?: number | undefined;
}

/** Default allowed clock skew, in seconds. */
export const DEFAULT_CLOCK_TOLERANCE_SEC = 30;

const utf8 = new TextDecoder();

/** Decodes the verified payload bytes into an object. @internal */
export function decodePayload(bytes: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch (cause) {
    throw new KakaoIdTokenError('ID_TOKEN_MALFORMED', 'The id_token payload is not JSON.', { cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new KakaoIdTokenError('ID_TOKEN_MALFORMED', 'The id_token payload is not a JSON object.');
  }
  return value as Record<string, unknown>;
}

/** Runs every claim check; returns the payload typed. @internal */
export function checkClaims(
  payload: Record<string, unknown>,
  kakao: KakaoClient,
  checks: VerifyIdTokenChecks,
): KakaoIdTokenClaims {
  const claims = checkShape(payload);
  if (claims.iss !== kakao.issuer)
    fail('ID_TOKEN_ISS', 'The id_token issuer (iss) is not the configured issuer.');
  if (!kakao.audiences.includes(claims.aud)) {
    fail('ID_TOKEN_AUD', "The id_token audience (aud) is none of the app's keys (client audiences).");
  }
  checkTimes(claims, Math.floor(kakao.clock() / 1000), checks);
  checkNonce(claims.nonce, checks.nonce);
  return claims;
}

function checkShape(payload: Record<string, unknown>): KakaoIdTokenClaims {
  const { iss, aud, sub, iat, exp, auth_time, nonce } = payload;
  if (typeof iss !== 'string') fail('ID_TOKEN_ISS', 'The id_token has no string "iss" claim.');
  if (typeof aud !== 'string') fail('ID_TOKEN_AUD', 'The id_token "aud" claim is not a single string.');
  if (typeof sub !== 'string' || sub === '')
    fail('ID_TOKEN_CLAIMS', 'The id_token has no string "sub" claim.');
  for (const [name, value] of [
    ['iat', iat],
    ['exp', exp],
    ['auth_time', auth_time],
  ] as const) {
    if (!Number.isFinite(value))
      fail('ID_TOKEN_CLAIMS', `The id_token "${name}" claim is missing or not a number.`);
  }
  if (nonce !== undefined && typeof nonce !== 'string') {
    fail('ID_TOKEN_CLAIMS', 'The id_token "nonce" claim is not a string.');
  }
  return payload as KakaoIdTokenClaims;
}

function checkTimes(claims: KakaoIdTokenClaims, now: number, checks: VerifyIdTokenChecks): void {
  const tolerance = checks.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC;
  if (now - tolerance >= claims.exp) fail('ID_TOKEN_EXPIRED', 'The id_token has expired (exp).');
  if (claims.iat > now + tolerance)
    fail('ID_TOKEN_IAT_FUTURE', 'The id_token was issued in the future (iat).');
  const nbf = claims.nbf;
  if (nbf !== undefined && (!Number.isFinite(nbf) || (nbf as number) > now + tolerance)) {
    fail('ID_TOKEN_NOT_YET_VALID', 'The id_token is not valid yet (nbf).');
  }
  if (checks.maxAge !== undefined && claims.auth_time + checks.maxAge < now - tolerance) {
    fail('ID_TOKEN_AUTH_TIME', 'The user authenticated longer ago than maxAge allows (auth_time).');
  }
}

function checkNonce(actual: string | undefined, expected: string | false | undefined): void {
  if (expected === false) return;
  if (expected === undefined) {
    if (actual !== undefined) {
      fail(
        'ID_TOKEN_NONCE_UNEXPECTED',
        'The id_token carries a nonce but none was expected: pass checks.nonce.',
      );
    }
    return;
  }
  if (actual === undefined) fail('ID_TOKEN_NONCE_MISSING', 'The id_token has no nonce but one was sent.');
  if (actual !== expected) fail('ID_TOKEN_NONCE_MISMATCH', 'The id_token nonce differs from the one sent.');
}

function fail(code: IdTokenErrorCode, message: string): never {
  throw new KakaoIdTokenError(code, message);
}
