/**
 * Requests the web routes refuse: forged or replayed login callbacks, missing CSRF tokens, foreign
 * `returnTo` targets, webhook calls without Kakao's admin key.
 *
 * @module
 */
import { KakaoError } from '../../base/errors/kakao-error.js';

/**
 * Why a request was refused.
 *
 * @example
 * ```ts
 * const code: KakaoWebErrorCode = 'state_mismatch';
 * ```
 */
export type KakaoWebErrorCode =
  | 'missing_state'
  | 'state_mismatch'
  | 'missing_transaction'
  | 'replayed_callback'
  | 'bad_login_request'
  | 'csrf_failed'
  | 'not_signed_in'
  | 'bad_return_to'
  | 'webhook_unauthorized'
  | 'webhook_bad_request'
  | 'body_too_large'
  | 'method_not_allowed'
  | 'not_found';

interface Row {
  readonly status: number;
  readonly message: string;
}

const ROWS: Readonly<Record<KakaoWebErrorCode, Row>> = {
  missing_state: {
    status: 400,
    message: 'The login callback has no state. Start the login again from this site.',
  },
  state_mismatch: {
    status: 400,
    message: 'The login callback does not belong to the login this browser started (possible CSRF).',
  },
  missing_transaction: {
    status: 400,
    message:
      'No login in progress in this browser for this callback: it expired (10 minutes), was already used, or was started elsewhere. Start the login again.',
  },
  replayed_callback: {
    status: 400,
    message: 'This login callback was already used. Start the login again.',
  },
  bad_login_request: {
    status: 400,
    message: 'The login request has a malformed option (scope, prompt, login_hint or service_terms).',
  },
  csrf_failed: {
    status: 403,
    message: 'The form was not sent by this site (missing or wrong CSRF token, or a foreign Origin).',
  },
  not_signed_in: { status: 401, message: 'You are not signed in.' },
  bad_return_to: {
    status: 400,
    message: 'returnTo must be a path on this site (e.g. /account), not another origin.',
  },
  webhook_unauthorized: {
    status: 401,
    message: 'The unlink webhook needs Authorization: KakaoAK <primary admin key>.',
  },
  webhook_bad_request: { status: 400, message: 'The unlink webhook needs a numeric user_id.' },
  body_too_large: {
    status: 413,
    message:
      'The request body is too large for this route (a logout/unlink form or an unlink notification is a few fields).',
  },
  method_not_allowed: { status: 405, message: 'This route does not accept that method.' },
  not_found: { status: 404, message: 'No such Kakao Login route.' },
};

/**
 * A request the web routes refused, with the HTTP status they answer it with.
 *
 * @example
 * ```ts
 * import { KakaoWebError } from 'kakao-oauth/web';
 * const error = new KakaoWebError('csrf_failed');
 * console.log(error.status); // 403
 * ```
 */
export class KakaoWebError extends KakaoError {
  declare readonly code: KakaoWebErrorCode;
  declare readonly status: number;

  constructor(code: KakaoWebErrorCode, options: { cause?: unknown } = {}) {
    const row = ROWS[code];
    super(code, row.message, { status: row.status, cause: options.cause });
  }
}
