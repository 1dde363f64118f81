/**
 * Kakao's `KOE…` error codes of the authorization server (kauth), with a meaning and a fix.
 *
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 * @module
 */

/**
 * What one KOE code means and what to do about it.
 *
 * @example
 * ```ts
 * const info: KoeInfo | undefined = describeKoe('KOE006', undefined);
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

const entry = (meaning: string, hint: string, retryable = false): KoeInfo => ({ meaning, hint, retryable });

const BUSINESS = entry(
  'A Kakao Business authentication error (not plain Kakao Login).',
  'Check the Kakao Business settings of the app (biz center membership, biz redirect URI, permissions).',
);
const PARTNER = entry(
  'An in-house/partner plugin parameter (plugin, delegate_client_id, channel_ext) was rejected.',
  'Drop partner-only parameters unless Kakao granted your app that feature.',
);

/**
 * Every KOE code of the spec's table (§21.3), keyed by code.
 *
 * @example
 * ```ts
 * console.log(KOE_CODES.KOE006?.hint);
 * ```
 */
export const KOE_CODES: Readonly<Record<string, KoeInfo>> = Object.freeze({
  KOE001: entry('The request is malformed.', 'Check the request parameters against the Kakao docs.'),
  KOE002: entry('The request URL is wrong.', 'Check the authorization server base URL and path.'),
  KOE003: entry('Temporary fault of the Kakao OAuth server.', 'Retry later.', true),
  KOE004: entry('Kakao Login is not switched on for the app.', 'Enable Kakao Login in the app console.'),
  KOE005: entry(
    'The app is a test app and the user is not a registered member.',
    'Add the Kakao account as an app member (team/test user) in the console.',
  ),
  KOE006: entry(
    'The redirect_uri is not registered for the app.',
    'Register the exact redirect URI in the console (Kakao Login → Redirect URI) or use a registered one.',
  ),
  KOE007: entry(
    'The logout_redirect_uri is not registered for the app.',
    'Register the logout redirect URI in the console (Kakao Login → Logout Redirect URI).',
  ),
  KOE008: entry(
    'The app key type does not fit this request.',
    'Use the REST API key as client_id in the REST flow.',
  ),
  KOE009: entry(
    'Platform information mismatch (Android key hash, iOS bundle id or web site domain).',
    'Register the platform (site domain, key hash or bundle id) in the console.',
  ),
  KOE010: entry(
    'Client secret missing or wrong while the Client Secret option is on.',
    'Set clientSecret to the value shown in the console (Security → Client Secret).',
  ),
  KOE023: entry('The login popup is not permitted in this context.', 'Open the login from a user gesture.'),
  KOE025: BUSINESS,
  KOE026: BUSINESS,
  KOE027: BUSINESS,
  KOE028: BUSINESS,
  KOE101: entry(
    'Unknown app key, wrong key type, or the app does not exist.',
    'Check restApiKey: it must be the REST API key of an existing app.',
  ),
  KOE102: entry(
    'channel_public_id was sent but the app has no linked Kakao Talk Channel.',
    'Link a Kakao Talk Channel to the app, or drop channelPublicId.',
  ),
  KOE103: PARTNER,
  KOE104: PARTNER,
  KOE105: PARTNER,
  KOE106: PARTNER,
  KOE107: PARTNER,
  KOE108: PARTNER,
  KOE109: PARTNER,
  KOE110: PARTNER,
  KOE114: entry(
    'The code or token was issued to a different app key.',
    'Redeem the code with the same app key that requested it.',
  ),
  KOE123: BUSINESS,
  KOE124: BUSINESS,
  KOE125: BUSINESS,
  KOE126: entry('Undocumented app restriction.', 'Check the app settings in the console.'),
  KOE127: entry(
    'The request IP is not on the app allow-list.',
    'Add the server IP to the allowed IP list in the console.',
  ),
  KOE201: entry('Unsupported response_type.', 'Use response_type=code.'),
  KOE202: entry('Implicit grant (response_type=token) is not supported.', 'Use response_type=code.'),
  KOE203: entry('Required consent was not obtained.', 'Let the user agree to all required consent items.'),
  KOE204: entry('A parameter value is invalid (e.g. an unknown prompt).', 'Check the parameter values.'),
  KOE205: entry(
    'Requested consent items (scope) are not configured in the app.',
    'Configure the items in the console (Kakao Login → Consent items) or drop them from scope.',
  ),
  KOE207: entry('A required parameter is missing.', 'Send every required parameter.'),
  KOE232: BUSINESS,
  KOE233: BUSINESS,
  KOE237: entry(
    'Token issuance rate limit exceeded.',
    'Back off, and look for refresh loops: reuse tokens until they expire.',
    true,
  ),
  KOE303: entry(
    'The redirect_uri differs from the one used on the authorize request.',
    'Send the byte-identical redirect URI on the token request.',
  ),
  KOE310: entry(
    'The grant_type is unsupported, or the redirect URI did not match (reports disagree).',
    'Use grant_type authorization_code or refresh_token and the same redirect URI as on authorize.',
  ),
  KOE319: entry('The refresh_token parameter is missing.', 'Pass the stored refresh token.'),
  KOE320: entry(
    'Authorization code not found: reused, expired, mistyped, or issued for another app or redirect.',
    'Start a new login to get a fresh code; redeem each code exactly once.',
  ),
  KOE322: entry(
    'The refresh token is expired or invalid (expired, logged out, unlinked or rotated away).',
    'Send the user through login again, and persist rotated refresh tokens.',
  ),
  KOE400: entry(
    'The ID token is invalid (bad signature, expired or malformed).',
    'Check the id_token you sent to /oauth/tokeninfo.',
  ),
});

/**
 * Meaning and fix for the OAuth `error` values Kakao sends without a KOE code.
 *
 * @example
 * ```ts
 * console.log(OAUTH_ERRORS.consent_required?.hint);
 * ```
 */
export const OAUTH_ERRORS: Readonly<Record<string, KoeInfo>> = Object.freeze({
  access_denied: entry('The user cancelled or is not allowed (e.g. under 14).', 'Offer to try again.'),
  login_required: entry(
    'prompt=none was used but the user has no Kakao session.',
    'Retry the login without prompt=none.',
  ),
  consent_required: entry(
    'prompt=none was used but the user must consent first.',
    'Retry the login without prompt=none so the consent screen can be shown.',
  ),
  interaction_required: entry(
    'prompt=none was used but the user must interact (terms, extra input, account check).',
    'Retry the login without prompt=none.',
  ),
  invalid_request: entry('The request is invalid.', 'Check the request parameters.'),
  invalid_client: entry('Client authentication failed.', 'Check restApiKey and clientSecret.'),
  invalid_grant: entry('The grant is invalid or expired.', 'Start a new login.'),
  invalid_scope: entry('A requested scope is invalid.', 'Request only configured consent items.'),
  invalid_token: entry('The token is invalid.', 'Obtain a new token.'),
  unauthorized_client: entry('The client may not use this grant.', 'Check the app settings.'),
  unsupported_grant_type: entry('Unsupported grant_type.', 'Use authorization_code or refresh_token.'),
  misconfigured: entry('The app platform settings do not match.', 'Register the platform in the console.'),
  server_error: entry('Kakao had an internal error.', 'Retry later.', true),
  temporarily_unavailable: entry('Kakao is temporarily unavailable.', 'Retry later.', true),
});

/**
 * Looks up what a kauth error means: by KOE code first, then by the OAuth `error` value.
 *
 * @example
 * ```ts
 * describeKoe('KOE320', 'invalid_grant')?.hint; // 'Start a new login to get a fresh code; …'
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 */
export function describeKoe(errorCode: string | undefined, error: string | undefined): KoeInfo | undefined {
  return own(KOE_CODES, errorCode) ?? own(OAUTH_ERRORS, error);
}

function own(table: Readonly<Record<string, KoeInfo>>, key: string | undefined): KoeInfo | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
