/**
 * Kakao's errors through Better Auth: its callback and token routes catch every provider failure
 * and answer a generic code (`invalid_code`, `FAILED_TO_GET_ACCESS_TOKEN`). The provider notes
 * Kakao's error on the request; an after hook puts its code and meaning back in the answer.
 *
 * @module
 */
import { tryGetCurrentAuthEndpointContext } from '@better-auth/core/context';
import { APIError } from 'better-auth/api';
import { KakaoApiError } from '../base/errors/api-error.js';
import { KakaoAuthError } from '../base/errors/auth-error.js';
import { explainError } from '../base/errors/explain.js';
import { KakaoError } from '../base/errors/kakao-error.js';
import { KakaoIdTokenError } from '../oidc/errors.js';
import { KakaoSignInRequiredError } from '../tokens/index.js';

const noted = new WeakMap<object, unknown>();

/** Remembers `error` for the current request (when it is a Kakao error) and rethrows it. */
export function noteKakaoError(error: unknown): never {
  const key = requestKey();
  if (key !== undefined && isKakaoError(error)) noted.set(key, error);
  throw error;
}

/** The Kakao error noted for the current request, if any. */
export function notedKakaoError(ctx: { request?: Request | undefined; headers?: Headers | undefined }) {
  const key = ctx.request ?? ctx.headers;
  return key === undefined ? undefined : noted.get(key);
}

/**
 * The stable code shown to the app: Kakao's own (`KOE010`, `KOE322`, `-401`; for a sign-in-required
 * ending, the Kakao error that caused it), or ours (`ID_TOKEN_SIGNATURE`, `sign_in_required`).
 */
export function kakaoCode(error: unknown): string {
  if (error instanceof KakaoSignInRequiredError && error.cause !== undefined) return kakaoCode(error.cause);
  if (error instanceof KakaoAuthError) return error.errorCode ?? error.error;
  if (error instanceof KakaoApiError) return String(error.apiCode);
  if (error instanceof KakaoError) return error.code;
  return 'kakao_error';
}

/** Better Auth's error for a Kakao failure: Kakao's code, its meaning and the fix, no secret. */
export function toApiError(error: unknown): APIError {
  const signInAgain = error instanceof KakaoSignInRequiredError;
  const refused = signInAgain || error instanceof KakaoIdTokenError;
  return APIError.from(refused ? 'UNAUTHORIZED' : 'BAD_REQUEST', {
    code: kakaoCode(error),
    message: signInAgain ? `${explainError(error)} Sign in with Kakao again.` : explainError(error),
  });
}

function isKakaoError(error: unknown): boolean {
  return error instanceof KakaoError;
}

function requestKey(): object | undefined {
  const ctx = tryGetCurrentAuthEndpointContext();
  return ctx?.request ?? ctx?.headers;
}
