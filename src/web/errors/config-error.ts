/**
 * Mistakes in the configuration of `createKakaoAuth`, found once at start-up.
 *
 * @module
 */

/**
 * What was wrong with the configuration.
 *
 * @example
 * ```ts
 * const code: KakaoWebConfigErrorCode = 'secret_too_short';
 * ```
 */
export type KakaoWebConfigErrorCode =
  | 'missing_client'
  | 'missing_secret'
  | 'secret_too_short'
  | 'bad_base_path'
  | 'bad_url'
  | 'bad_option';

/**
 * A configuration mistake (a `TypeError`, as argument mistakes are), with a stable `code` and a
 * message that says how to fix it. Never contains a secret.
 *
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * import { createKakaoAuth, KakaoWebConfigError } from 'kakao-oauth/web';
 * try {
 *   createKakaoAuth({ kakao: createKakaoClient({ restApiKey: 'key' }), secrets: ['short'] });
 * } catch (error) {
 *   if (error instanceof KakaoWebConfigError) console.error(error.code, error.message);
 * }
 * ```
 */
export class KakaoWebConfigError extends TypeError {
  /** Stable, machine-readable code. */
  readonly code: KakaoWebConfigErrorCode;

  constructor(code: KakaoWebConfigErrorCode, message: string) {
    super(message);
    this.name = 'KakaoWebConfigError';
    this.code = code;
  }
}
