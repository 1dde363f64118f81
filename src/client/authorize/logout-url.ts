/**
 * The URL that logs the user out of your service and their Kakao account: `GET /oauth/logout` (§8).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';

/**
 * Parameters of {@link buildLogoutUrl}.
 *
 * @example
 * ```ts
 * declare const state: string;
 * const params: LogoutUrlParams = { logoutRedirectUri: 'https://app.example.com/logout/done', state };
 * ```
 */
export interface LogoutUrlParams {
  /** Where Kakao sends the browser afterwards; must be registered (else `KOE007`). */
  logoutRedirectUri: string;
  /** Echoed back on the redirect. */
  state?: string | undefined;
}

/**
 * Builds the Kakao-account logout URL. It ends the Kakao browser session; it does not revoke
 * tokens — call `logout` for that.
 *
 * @throws TypeError when `logoutRedirectUri` is missing.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * const url = buildLogoutUrl(kakao, { logoutRedirectUri: 'https://app.example.com/logout/done' });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#logout-of-service-and-kakaoaccount
 */
export function buildLogoutUrl(kakao: KakaoClient, params: LogoutUrlParams): URL {
  if (typeof params?.logoutRedirectUri !== 'string' || params.logoutRedirectUri === '') {
    throw new TypeError(
      'logoutRedirectUri is required: pass the Logout Redirect URI registered in the console.',
    );
  }
  const url = new URL(`${kakao.authUrl}/oauth/logout`);
  url.searchParams.set('client_id', kakao.restApiKey);
  url.searchParams.set('logout_redirect_uri', params.logoutRedirectUri);
  if (params.state !== undefined) url.searchParams.set('state', params.state);
  return url;
}
