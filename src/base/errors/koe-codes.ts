/**
 * Kakao's `KOE…` error codes that reach an app (in a `/oauth/token` or `/oauth/tokeninfo` body),
 * with a meaning and a fix. The codes Kakao only shows on its own error page are in
 * `koe-page-codes.ts`, so that an app that signs users in does not carry them.
 *
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 * @module
 */

/**
 * What one KOE code means and what to do about it.
 *
 * @example
 * ```ts
 * const info: KoeInfo | undefined = describeKoe('KOE320', undefined);
 * ```
 */
export interface KoeInfo {
  /** What went wrong, in one sentence. */
  readonly meaning: string;
  /** How to fix it. */
  readonly hint: string;
  /** Whether trying again later (unchanged) may succeed. */
  readonly retryable: boolean;
}

/**
 * Rows of `codes|meaning|fix[|retryable]`; a row may name several codes (space-separated) that
 * share one explanation. KOE rows give the digits only.
 */
const KOE_ROWS = `
001|Malformed request.|Check the parameters against the Kakao docs.
002|Wrong request URL.|Check authUrl and the path.
003|Temporary fault of the Kakao OAuth server.|Retry later.|retryable
006|redirect_uri is not registered.|Register the exact URI in the console (Kakao Login → Redirect URI).
008|Wrong app key type for this request.|Use the REST API key as client_id.
009|Platform mismatch (site domain, Android key hash or iOS bundle id).|Register the platform in the console.
010|Client secret missing or wrong while it is on.|Set clientSecret to the console's value (Security → Client Secret).
101|Unknown app key or app.|Use the REST API key of an existing app as restApiKey.
114|Code or token issued to another app key.|Use the app key that requested it.
126|Undocumented app restriction.|Check the app settings in the console.
127|Request IP is not on the app's allow-list.|Allow the server IP in the console.
237|Token issuance rate limit exceeded.|Back off; reuse tokens until they expire.|retryable
303|redirect_uri differs from the authorize request's.|Send the identical redirect URI.
310|Unsupported grant_type, or redirect URI mismatch.|Use authorization_code or refresh_token and the authorize redirect URI.
319|refresh_token missing.|Pass the stored refresh token.
320|Authorization code not found (reused, expired, or for another app or redirect).|Start a new login; redeem each code once.
322|Refresh token expired or invalid (logged out, unlinked or rotated).|Start a new login; persist rotated refresh tokens.
400|Invalid ID token (signature, expiry or format).|Check the id_token sent to /oauth/tokeninfo.`;

const OAUTH_ROWS = `
access_denied|The user cancelled or was refused (e.g. under 14).|Offer to try again.
login_required|prompt=none, but the user has no Kakao session.|Retry without prompt=none.
consent_required|prompt=none, but the user must consent first.|Retry without prompt=none.
interaction_required|prompt=none, but the user must interact.|Retry without prompt=none.
invalid_request|Invalid request.|Check the parameters.
invalid_client|Client authentication failed.|Check restApiKey and clientSecret.
invalid_grant|Invalid or expired grant.|Start a new login.
invalid_scope|Invalid scope.|Request only configured consent items.
invalid_token|Invalid token.|Get a new token.
unauthorized_client|The client may not use this grant.|Check the app settings.
unsupported_grant_type|Unsupported grant_type.|Use authorization_code or refresh_token.
misconfigured|Platform settings mismatch.|Register the platform in the console.
server_error temporarily_unavailable|Kakao is failing or unavailable.|Retry later.|retryable`;

/**
 * Reads rows into a frozen table; each code of a row gets the same frozen `KoeInfo`. The table has
 * no prototype, so even a direct lookup of a server's code (`KOE_CODES[code]`) gives `undefined`
 * for `__proto__`, `constructor` or `toString`.
 *
 * @internal
 */
export function koeTable(rows: string, prefix: string): Readonly<Record<string, KoeInfo>> {
  const out: Record<string, KoeInfo> = Object.create(null);
  for (const row of rows.trim().split('\n')) {
    const [codes = '', meaning = '', hint = '', retry] = row.split('|');
    const info = Object.freeze({ meaning, hint, retryable: retry === 'retryable' });
    for (const code of codes.split(' ')) out[prefix + code] = info;
  }
  return Object.freeze(out);
}

/**
 * The KOE codes of the spec's table (§21.3) that Kakao returns to the app, keyed by code.
 *
 * @example
 * ```ts
 * console.log(KOE_CODES.KOE006?.hint);
 * ```
 */
export const KOE_CODES: Readonly<Record<string, KoeInfo>> = /* @__PURE__ */ koeTable(KOE_ROWS, 'KOE');

/**
 * Meaning and fix for the OAuth `error` values Kakao sends without a KOE code.
 *
 * @example
 * ```ts
 * console.log(OAUTH_ERRORS.consent_required?.hint);
 * ```
 */
export const OAUTH_ERRORS: Readonly<Record<string, KoeInfo>> = /* @__PURE__ */ koeTable(OAUTH_ROWS, '');

/**
 * Looks up what a kauth error an app received means: by KOE code first, then by the OAuth `error`
 * value. For a code read off Kakao's error page use {@link describeAnyKoe}.
 *
 * @example
 * ```ts
 * describeKoe('KOE320', 'invalid_grant')?.hint; // 'Start a new login; redeem each code once.'
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 */
export function describeKoe(errorCode: string | undefined, error: string | undefined): KoeInfo | undefined {
  return own(KOE_CODES, errorCode) ?? own(OAUTH_ERRORS, error);
}

function own(table: Readonly<Record<string, KoeInfo>>, key: string | undefined): KoeInfo | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
