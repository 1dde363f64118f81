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

/** Rows of `code|name|status|meaning|fix[|retryable]`. */
const ROWS = `
-1|internal_error|400|Kakao had an internal error.|Retry; do not treat the user as logged out.|retryable
-2|invalid_parameter|400|A parameter is missing, mistyped or out of range (or the token is malformed).|Check the parameters and the Authorization header.
-3|unsupported_api|403|A prerequisite is missing (feature, consent item or simple signup not set up, or not revocable).|Set it up in the console.
-4|blocked_user|403|The Kakao account is blocked or restricted for this.|The user must resolve it with Kakao.
-5|permission_denied|403|The app has no permission for this API.|Apply for it (review) in the console.
-6|not_allowed|403|The Kakao service does not allow this.|Check the API prerequisites.
-7|service_unavailable|400|The service is under maintenance or faulty.|Retry later.|retryable
-8|invalid_header|400|A request header is invalid.|Check the Authorization header format.
-9|deprecated_api|400|The API was discontinued.|Move to its replacement.
-10|rate_limited|400|Quota or rate limit exceeded.|Back off; check the quota in the console.|retryable
-11|usage_limit|400|A paid or usage limit was reached.|Check the app's usage limits.
-12|app_sanctioned|403|The app or developer account is sanctioned.|Contact Kakao.
-101|not_linked|400|The user is not linked to the app.|Log the user in (or sign them up) first.
-102|already_linked|400|The user is already linked (signup called twice).|Skip signup for linked users.
-103|account_unavailable|400|The Kakao account is dormant or gone.|The user must reactivate it.
-201|unknown_property|400|A user property key is not defined for the app.|Define it in the console (Kakao Login → User Properties).
-301|unknown_app|400|No such app or app key.|Check the app key.
-401|invalid_token|401|The access token is invalid, expired or another app's (or the app key is wrong).|Refresh the tokens; if that fails, log in again.
-402|insufficient_scope|403|The user has not agreed to a consent item this call needs.|Request consent for requiredScopes (authorize with scope=…).
-405|age_verification_required|400|Age verification is required.|Let the user verify their age.
-406|under_age_limit|401|The user is under 14 and the app does not allow that.|Change the age policy or refuse the user.
-421|signing_incomplete|400|Signing (Kakao Cert) is not completed.|Wait for the user to finish.
-422|invalid_transaction|400|The signing transaction is invalid.|Start a new transaction.
-423|transaction_expired|400|The signing transaction expired.|Start a new transaction.
-451|under_age_restricted|400|Under-14 restriction.|Refuse or adapt the flow.
-452|already_age_verified|400|Already age-verified.|Skip age verification.
-453|age_check_limit|400|Too many age checks.|Try again later.
-480|age_result_mismatch|400|The age verification result does not match.|Check the age policy.
-481|ci_mismatch|400|The CI does not match.|Check the user identity.
-501|not_talk_user|400|Not a KakaoTalk user.|Skip KakaoTalk APIs for them.
-504|unsupported_device|400|Unsupported device.|Use a supported device.
-530|receiver_disabled|400|The receiver disabled their profile.|Skip this receiver.
-531|monthly_message_limit|400|Monthly message quota exceeded.|Wait for next month.
-532|daily_message_limit|400|Daily message quota exceeded.|Wait until tomorrow.
-602|image_too_large|400|The image is too large.|Upload a smaller one.
-603|internal_timeout|400|Kakao timed out internally.|Retry later.|retryable
-606|too_many_images|400|Too many images.|Upload fewer.
-903|unregistered_developer_key|400|Unregistered or development-only key.|Use a registered app key.
-911|unsupported_image_format|400|Unsupported image format.|Use JPEG, PNG or GIF.
-9798|maintenance|503|The service is under maintenance.|Retry later.|retryable`;

/** The rows by code, read once (through a function, so that bundlers can drop an unused table). */
const TABLE: ReadonlyMap<number, KapiCodeInfo> = /* @__PURE__ */ readRows(ROWS);

function readRows(rows: string): ReadonlyMap<number, KapiCodeInfo> {
  const table = new Map<number, KapiCodeInfo>();
  for (const row of rows.trim().split('\n')) {
    const [code = '', name = '', status = '', meaning = '', hint = '', retry] = row.split('|');
    table.set(Number(code), {
      name,
      status: Number(status),
      meaning,
      hint,
      retryable: retry === 'retryable',
    });
  }
  return table;
}

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
  const info = TABLE.get(code);
  return info === undefined ? undefined : { ...info };
}
