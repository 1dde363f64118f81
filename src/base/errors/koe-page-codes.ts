/**
 * Kakao's `KOE…` codes that only appear on Kakao's own error page (the authorize or logout page
 * refuses to redirect back, spec §3.4 (b)), with a meaning and a fix. An app never receives them
 * in a response; a developer reads them off the page, e.g. "앱 관리자 설정 오류 (KOE205)".
 *
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 * @module
 */
import { describeKoe, type KoeInfo, koeTable } from './koe-codes.js';

/** Rows of `codes|meaning|fix`, as in `koe-codes.ts`. */
const KOE_PAGE_ROWS = `
004|Kakao Login is off for the app.|Enable Kakao Login in the console.
005|Test app, and the user is not an app member.|Add the account as a team/test member in the console.
007|logout_redirect_uri is not registered.|Register it in the console (Kakao Login → Logout Redirect URI).
023|Login popup not allowed here.|Open the login from a user gesture.
025 026 027 028 123 124 125 232 233|Kakao Business authentication error.|Check the app's Kakao Business settings.
102|channel_public_id sent, but no Kakao Talk Channel is linked.|Link a channel to the app or drop channelPublicId.
103 104 105 106 107 108 109 110|Partner-only parameter rejected (plugin, delegate_client_id, channel_ext).|Drop it unless Kakao granted the feature.
201|Unsupported response_type.|Use response_type=code.
202|Implicit grant (response_type=token) is unsupported.|Use response_type=code.
203|Required consent not given.|Let the user agree to every required item.
204|Invalid parameter value (e.g. prompt).|Check the parameter values.
205|Requested scope not configured in the app.|Configure the consent items in the console, or drop them from scope.
207|Required parameter missing.|Send every required parameter.`;

/**
 * The KOE codes of the spec's table (§21.3) that Kakao shows only on its error page, keyed by code.
 *
 * @example
 * ```ts
 * console.log(KOE_PAGE_CODES.KOE205?.hint);
 * ```
 */
export const KOE_PAGE_CODES: Readonly<Record<string, KoeInfo>> = /* @__PURE__ */ koeTable(
  KOE_PAGE_ROWS,
  'KOE',
);

/**
 * Looks up any KOE code, whether it came in a response or was read off Kakao's error page.
 *
 * @example
 * ```ts
 * describeAnyKoe('KOE205')?.hint; // 'Configure the consent items in the console, or drop them from scope.'
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 */
export function describeAnyKoe(code: string): KoeInfo | undefined {
  return (
    describeKoe(code, undefined) ?? (Object.hasOwn(KOE_PAGE_CODES, code) ? KOE_PAGE_CODES[code] : undefined)
  );
}
