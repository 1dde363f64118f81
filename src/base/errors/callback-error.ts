/**
 * Problems with the redirect back from `/oauth/authorize` that are not Kakao errors.
 *
 * @module
 */
import { KakaoError } from './kakao-error.js';

/**
 * What was wrong with the callback URL.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * declare function restartLogin(...args: unknown[]): void;
 * if (error instanceof KakaoCallbackError && error.code === 'state_mismatch') restartLogin();
 * ```
 */
export type KakaoCallbackErrorCode = 'state_mismatch' | 'missing_state' | 'missing_code';

const MESSAGES: Record<KakaoCallbackErrorCode, string> = {
  state_mismatch:
    'The callback state does not match the expected state: possible CSRF or a stale login tab. Start the login again.',
  missing_state:
    'The callback has no state but one was expected: the login was not started by this app. Start it again.',
  missing_code: 'The callback has neither a code nor an error: is this the redirect URI Kakao called?',
};

/**
 * The callback URL failed a check: `state` mismatch or absence, or no `code`. Kakao's
 * own `?error=…` redirects become {@link KakaoAuthError} instead. Never contains the state or code.
 *
 * @example
 * ```ts
 * declare const request: Request;
 * declare const expectedState: string;
 * declare function forbidden(): Response;
 * function callback(): Response | undefined {
 *   try {
 *     parseCallback(request.url, { expectedState });
 *   } catch (error) {
 *     if (error instanceof KakaoCallbackError && error.code === 'state_mismatch') return forbidden();
 *   }
 *   return undefined;
 * }
 * ```
 */
export class KakaoCallbackError extends KakaoError {
  declare readonly code: KakaoCallbackErrorCode;

  constructor(code: KakaoCallbackErrorCode) {
    super(code, MESSAGES[code]);
  }
}
