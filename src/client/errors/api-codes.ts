/**
 * Kakao's negative `code` values of the API server (kapi), with a name, a meaning and a fix.
 *
 * @see https://developers.kakao.com/docs/latest/ko/rest-api/error-code
 * @module
 */

/**
 * What one kapi code means and what to do about it.
 *
 * @example
 * ```ts
 * const info: KapiCodeInfo | undefined = describeApiCode(-402);
 * ```
 */
export interface KapiCodeInfo {
  /** Stable snake_case name, used as the error's `code`. */
  readonly name: string;
  /** HTTP status Kakao documents for it. */
  readonly status: number;
  /** What went wrong, in one sentence. */
  readonly meaning: string;
  /** How to fix it. */
  readonly hint: string;
  /** Whether trying again later (unchanged) may succeed. */
  readonly retryable: boolean;
}

type Row = [name: string, status: number, meaning: string, hint: string, retryable?: boolean];

const ROWS: Record<number, Row> = {
  [-1]: [
    'internal_error',
    400,
    'Kakao had an internal error while processing.',
    'Retry; do not treat the user as logged out.',
    true,
  ],
  [-2]: [
    'invalid_parameter',
    400,
    'A parameter is missing, of the wrong type or out of range (or the token is malformed).',
    'Check the parameters and the Authorization header.',
  ],
  [-3]: [
    'unsupported_api',
    403,
    'A prerequisite is missing: feature, consent item or simple signup not configured, or the item is not revocable.',
    'Configure the feature or consent item in the console.',
  ],
  [-4]: [
    'blocked_user',
    403,
    'The Kakao account is blocked or restricted for this action.',
    'The user must resolve the restriction with Kakao.',
  ],
  [-5]: [
    'permission_denied',
    403,
    'The app has no permission for this API.',
    'Apply for the permission (review) in the console.',
  ],
  [-6]: ['not_allowed', 403, 'The Kakao service does not allow this action.', 'Check the API prerequisites.'],
  [-7]: [
    'service_unavailable',
    400,
    'The service is under maintenance or had an internal problem.',
    'Retry later.',
    true,
  ],
  [-8]: ['invalid_header', 400, 'A request header is invalid.', 'Check the Authorization header format.'],
  [-9]: ['deprecated_api', 400, 'The API has been discontinued.', 'Move to the replacement API.'],
  [-10]: [
    'rate_limited',
    400,
    'Quota or rate limit exceeded.',
    'Back off and retry later; check the quota page in the console.',
    true,
  ],
  [-11]: ['usage_limit', 400, 'A paid or usage limit was reached.', 'Check the usage limits of the app.'],
  [-12]: ['app_sanctioned', 403, 'The app or the developer account is sanctioned.', 'Contact Kakao.'],
  [-101]: [
    'not_linked',
    400,
    'The user is not linked to the app.',
    'Log the user in again (or sign them up) before calling user APIs.',
  ],
  [-102]: [
    'already_linked',
    400,
    'The user is already linked (signup was called twice).',
    'Skip signup for linked users.',
  ],
  [-103]: [
    'account_unavailable',
    400,
    'The Kakao account is dormant or does not exist.',
    'The user must reactivate the Kakao account.',
  ],
  [-201]: [
    'unknown_property',
    400,
    'A user property key is not defined for the app.',
    'Define the key in the console (Kakao Login → User Properties).',
  ],
  [-301]: ['unknown_app', 400, 'No such app or app key.', 'Check the app key.'],
  [-401]: [
    'invalid_token',
    401,
    'The access token is invalid or expired, the app key is invalid, or the token belongs to another app.',
    'Refresh the tokens; if refresh fails, log in again.',
  ],
  [-402]: [
    'insufficient_scope',
    403,
    'The user has not agreed to a consent item this call needs.',
    'Request additional consent for requiredScopes (authorize with scope=…).',
  ],
  [-405]: [
    'age_verification_required',
    400,
    'Age verification is required.',
    'Let the user verify their age with Kakao.',
  ],
  [-406]: [
    'under_age_limit',
    401,
    'The user is under 14 and the app does not allow that.',
    'Change the age policy or refuse the user.',
  ],
  [-421]: [
    'signing_incomplete',
    400,
    'Signing (Kakao Cert) is not completed.',
    'Wait for the user to finish signing.',
  ],
  [-422]: ['invalid_transaction', 400, 'The signing transaction is invalid.', 'Start a new transaction.'],
  [-423]: ['transaction_expired', 400, 'The signing transaction expired.', 'Start a new transaction.'],
  [-451]: [
    'under_age_restricted',
    400,
    'Under-14 restriction.',
    'Refuse or adapt the flow for under-14 users.',
  ],
  [-452]: ['already_age_verified', 400, 'The user is already age-verified.', 'Skip age verification.'],
  [-453]: ['age_check_limit', 400, 'Age check attempts exceeded.', 'Try again later.'],
  [-480]: [
    'age_result_mismatch',
    400,
    'The age verification result does not match.',
    'Check the age policy.',
  ],
  [-481]: ['ci_mismatch', 400, 'The CI does not match.', 'Check the user identity.'],
  [-501]: ['not_talk_user', 400, 'The user is not a KakaoTalk user.', 'Skip KakaoTalk APIs for this user.'],
  [-504]: ['unsupported_device', 400, 'The device is not supported.', 'Use a supported device.'],
  [-530]: ['receiver_disabled', 400, 'The receiver disabled their profile.', 'Skip this receiver.'],
  [-531]: ['monthly_message_limit', 400, 'Monthly message quota exceeded.', 'Wait for next month.'],
  [-532]: ['daily_message_limit', 400, 'Daily message quota exceeded.', 'Wait until tomorrow.'],
  [-602]: ['image_too_large', 400, 'The uploaded image is too large.', 'Upload a smaller image.'],
  [-603]: ['internal_timeout', 400, 'Kakao timed out internally.', 'Retry later.', true],
  [-606]: ['too_many_images', 400, 'Too many images.', 'Upload fewer images.'],
  [-903]: [
    'unregistered_developer_key',
    400,
    'The request used an unregistered or development-only key.',
    'Use a registered app key.',
  ],
  [-911]: ['unsupported_image_format', 400, 'The image format is not supported.', 'Upload JPEG, PNG or GIF.'],
  [-9798]: ['maintenance', 503, 'The service is under maintenance.', 'Retry later.', true],
};

/**
 * Looks up a kapi error code (§21.4).
 *
 * @example
 * ```ts
 * describeApiCode(-401)?.name; // 'invalid_token'
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/rest-api/error-code
 */
export function describeApiCode(code: number): KapiCodeInfo | undefined {
  if (!Object.hasOwn(ROWS, code)) return undefined;
  const [name, status, meaning, hint, retryable = false] = ROWS[code]!;
  return { name, status, meaning, hint, retryable };
}

/**
 * Every kapi code this library knows, ascending by absolute value.
 *
 * @example
 * ```ts
 * for (const code of KAPI_CODES) console.log(code, describeApiCode(code)?.name);
 * ```
 */
export const KAPI_CODES: readonly number[] = Object.freeze(
  Object.keys(ROWS)
    .map(Number)
    .sort((a, b) => b - a),
);
