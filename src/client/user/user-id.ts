/**
 * User ids as decimal strings (they exceed 2^53; spec §1.3).
 *
 * @module
 */
import { KakaoResponseError } from '../../base/errors/response-error.js';

/**
 * Checks a caller-supplied user id and returns it as a decimal string.
 *
 * @throws TypeError for anything but a non-negative decimal string or bigint.
 * @example
 * ```ts
 * userIdParam('1376016924426111111'); // '1376016924426111111'
 * userIdParam(1376016924426111111n);  // '1376016924426111111'
 * ```
 */
export function userIdParam(value: unknown): string {
  if (typeof value === 'bigint' && value >= 0n) return value.toString();
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return value;
  throw new TypeError(
    'userId must be a decimal string or a bigint (e.g. "1376016924426111111"); numbers lose precision above 2^53.',
  );
}

/**
 * Reads an id from a (lossless-parsed) Kakao body as a decimal string.
 *
 * @throws KakaoResponseError when the value is not an integer id.
 * @example
 * ```ts
 * idFromBody(3141592653, 'GET /v2/user/me'); // '3141592653'
 * ```
 */
export function idFromBody(value: unknown, what: string): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
  throw new KakaoResponseError('unexpected_body', what, { status: 200 });
}
