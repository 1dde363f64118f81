/**
 * The token manager's errors. None of them carries a token or the app's key.
 *
 * @module
 */
import { KakaoError } from '../base/errors/kakao-error.js';

/**
 * Why a user has to sign in again.
 *
 * - `no_tokens`: nothing is saved under the key (never saved, removed, or ended elsewhere);
 * - `refresh_token_invalid`: Kakao refused the refresh token (`KOE322`: expired, revoked, or
 *   rotated away);
 * - `no_refresh_token`: the saved set has no refresh token;
 * - `unlinked`: Kakao says the user is no longer linked to the app (`-101`).
 *
 * @example
 * ```ts
 * const reason: SignInReason = 'refresh_token_invalid';
 * ```
 */
export type SignInReason = 'no_tokens' | 'refresh_token_invalid' | 'no_refresh_token' | 'unlinked';

const SIGN_IN_TEXT: Record<SignInReason, string> = {
  no_tokens: 'no tokens are saved for this key',
  refresh_token_invalid: 'Kakao refused the refresh token (expired, revoked or rotated away)',
  no_refresh_token: 'the saved tokens have no refresh token',
  unlinked: 'the user is no longer linked to the app',
};

/**
 * The user must sign in again: the tokens under the key are gone for good. The entry has been
 * removed and `onEnded` has fired; calling again gives the same error (no refresh is attempted).
 *
 * @example
 * ```ts
 * declare const tokens: TokenManager;
 * try {
 *   await tokens.getAccessToken('user-1');
 * } catch (error) {
 *   if (error instanceof KakaoSignInRequiredError) console.log(error.reason);
 * }
 * ```
 */
export class KakaoSignInRequiredError extends KakaoError {
  /** Why; see {@link SignInReason}. */
  readonly reason: SignInReason;

  constructor(reason: SignInReason, cause?: unknown) {
    super(
      'sign_in_required',
      `Sign-in required: ${SIGN_IN_TEXT[reason]}. Send the user through Kakao Login again.`,
      {
        cause,
      },
    );
    this.reason = reason;
  }
}

/**
 * Another process held the key's refresh lock for the whole wait and did not store a new set.
 * `retryable`: the lock expires by itself (`lockTtlMs`), so a later call will go through.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * if (error instanceof KakaoTokenLockError) console.log(error.waitedMs);
 * ```
 */
export class KakaoTokenLockError extends KakaoError {
  /** How long this caller waited, in milliseconds. */
  readonly waitedMs: number;

  constructor(waitedMs: number) {
    super(
      'lock_timeout',
      `Waited ${waitedMs} ms for another process to refresh these tokens; it neither stored a new set nor released the lock. ` +
        'Its lock expires by itself (lockTtlMs): try again, or raise lockWaitMs above lockTtlMs.',
      { retryable: true },
    );
    this.waitedMs = waitedMs;
  }
}

/**
 * What went wrong with a store entry.
 *
 * - `unreadable_entry`: the entry is not a token set this manager wrote (or was written with an
 *   encryption key that is not configured);
 * - `write_conflict`: other writers kept changing the entry while `save` or `remove` ran;
 * - `store_failed`: the store itself answered an error (Redis down, read-only, out of memory…).
 *
 * @example
 * ```ts
 * const code: TokenStoreErrorCode = 'unreadable_entry';
 * ```
 */
export type TokenStoreErrorCode = 'unreadable_entry' | 'write_conflict' | 'store_failed';

const STORE_TEXT: Record<TokenStoreErrorCode, string> = {
  unreadable_entry:
    'The stored entry cannot be read: it was not written by this token manager, or with an encryption key that is not in encryption.keys. ' +
    'Add the old key to encryption.keys (second place), or remove the entry and have the user sign in again.',
  write_conflict: 'Other writers kept changing the entry; nothing was written. Try again.',
  store_failed:
    'The token store answered an error (the cause names its kind); nothing was read or written. Check that the store is reachable and writable, then try again.',
};

/**
 * A store entry that cannot be used, or a write that lost to others too many times.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * if (error instanceof KakaoTokenStoreError && error.code === 'unreadable_entry') console.log(error.message);
 * ```
 */
export class KakaoTokenStoreError extends KakaoError {
  constructor(code: TokenStoreErrorCode, cause?: unknown) {
    super(code, STORE_TEXT[code], { cause, retryable: code !== 'unreadable_entry' });
  }
}
