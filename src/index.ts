/**
 * kakao-oauth: Kakao Login (OAuth 2.0 / OpenID Connect) for any runtime with `fetch` and Web Crypto.
 *
 * This entry holds the runtime-agnostic core: the REST client and the OIDC verification. It imports
 * no `node:` module.
 *
 * The list below is the whole public surface of `kakao-oauth`, reviewed name by name; anything not
 * listed is internal. `test/package/surface.test.ts` fails when it changes without
 * `test/package/surface/root.json` changing with it (see docs/architecture.md).
 *
 * @packageDocumentation
 */

// Configuration
export {
  createKakaoClient,
  KAKAO_API_URL,
  KAKAO_AUTH_URL,
  KAKAO_ISSUER,
  type KakaoClient,
  type KakaoClientConfig,
  type KakaoFetch,
  type RetryPolicy,
} from './base/config.js';

// Errors and Kakao's code tables
export { describeApiCode, type KapiCodeInfo } from './base/errors/api-codes.js';
export { KakaoApiError, type KakaoApiErrorFields } from './base/errors/api-error.js';
export { KakaoAuthError, type KakaoAuthErrorFields } from './base/errors/auth-error.js';
export { KakaoCallbackError, type KakaoCallbackErrorCode } from './base/errors/callback-error.js';
export { explainError } from './base/errors/explain.js';
export { KakaoError, type KakaoErrorOptions } from './base/errors/kakao-error.js';
export { describeKoe, type KoeInfo } from './base/errors/koe-codes.js';
export { describeAnyKoe } from './base/errors/koe-page-codes.js';
export {
  KakaoResponseError,
  type KakaoResponseErrorCode,
  type KakaoResponseErrorOptions,
} from './base/errors/response-error.js';
export { KakaoTransportError, type KakaoTransportErrorCode } from './base/errors/transport-error.js';

// Calling an endpoint this library does not wrap
export { bearer, kakaoAK } from './base/http/auth-header.js';
export { BodyTooLargeError } from './base/http/body.js';
export { fetchTransport } from './base/http/fetch-transport.js';
export type { Params, ParamValue } from './base/http/form.js';
export { kakaoRequest } from './base/http/kakao-request.js';
export type { KakaoRequest } from './base/http/request.js';
export type {
  KakaoTransport,
  TransportAttempt,
  TransportRequest,
  TransportResponse,
} from './base/http/transport.js';
// Admin-key-only calls about many users
export { type GetUsersOptions, getUsers } from './client/admin/get-users.js';
export {
  type ListUserIdsOptions,
  listUserIdPages,
  listUserIds,
  type UserIdPage,
} from './client/admin/list-user-ids.js';
// Starting a login and reading its callback
export {
  type AuthorizationParams,
  buildAuthorizationUrl,
  type KakaoPrompt,
} from './client/authorize/authorization-url.js';
export { type CallbackChecks, type CallbackResult, parseCallback } from './client/authorize/callback.js';
export { buildLogoutUrl, type LogoutUrlParams } from './client/authorize/logout-url.js';
export { generateNonce, generatePkce, generateState, type PkcePair } from './client/authorize/random.js';
// Tokens
export { type ExchangeCodeParams, exchangeCode } from './client/tokens/exchange-code.js';
export { type RefreshOptions, refreshTokens } from './client/tokens/refresh-tokens.js';
export { type KakaoTokenJson, tokenSetFromJson, toTokenResponse } from './client/tokens/token-json.js';
export type { KakaoTokenResponse, KakaoTokenSet } from './client/tokens/token-set.js';
export { type VerifiedTokenSet, withVerifiedIdToken } from './client/tokens/verified-token-set.js';
// User APIs (Bearer or admin key)
export { type AccessTokenInfo, getAccessTokenInfo } from './client/user/access-token-info.js';
export type { CallOptions } from './client/user/call-api.js';
export type { AdminCaller, KakaoCaller, UserCaller } from './client/user/caller.js';
export { type GetUserOptions, getUser } from './client/user/get-user.js';
export type { UserIdResult } from './client/user/id-result.js';
export {
  type KakaoAccount,
  type KakaoAgeRange,
  type KakaoProfile,
  scopesNeedingAgreement,
} from './client/user/kakao-account.js';
export { logout } from './client/user/logout.js';
export { getScopes, type KakaoScope, type KakaoScopes, revokeScopes } from './client/user/scopes.js';
export {
  getServiceTerms,
  type KakaoServiceTerm,
  type KakaoServiceTerms,
  type RevokedServiceTerms,
  revokeServiceTerms,
  type ServiceTermsResult,
  type UpgradedServiceTerms,
  upgradeServiceTerms,
} from './client/user/service-terms.js';
export {
  getShippingAddresses,
  type KakaoShippingAddress,
  type KakaoShippingAddresses,
  type ShippingAddressOptions,
  shippingAddressPages,
} from './client/user/shipping-addresses.js';
export { signup } from './client/user/signup.js';
export { unlink } from './client/user/unlink.js';
export { updateProfile } from './client/user/update-profile.js';
export type { KakaoUser } from './client/user/user-model.js';

// OpenID Connect: id_token verification, JWKS cache, discovery, userinfo
export {
  DEFAULT_CLOCK_TOLERANCE_SEC,
  type KakaoIdTokenClaims,
  type VerifyIdTokenChecks,
} from './oidc/claims.js';
export {
  DISCOVERY_TTL_MS,
  type DiscoveryOptions,
  getDiscovery,
  type KakaoDiscovery,
} from './oidc/discovery.js';
export {
  type IdTokenErrorCode,
  KakaoIdTokenError,
  KakaoOidcMetadataError,
  type OidcMetadataErrorCode,
} from './oidc/errors.js';
export {
  configureJwksCache,
  type ExportedJwksCache,
  exportJwksCache,
  importJwksCache,
  JWKS_COOLDOWN_MS,
  JWKS_TTL_MS,
  type JwksCacheOptions,
} from './oidc/jwks-cache.js';
export type { RsaVerificationJwk } from './oidc/jwks-document.js';
export { getTokenInfo, type TokenInfoParams } from './oidc/tokeninfo.js';
export { getOidcUserInfo, type KakaoOidcUserInfo, type OidcUserInfoParams } from './oidc/userinfo.js';
export { MAX_ID_TOKEN_LENGTH, verifyIdToken } from './oidc/verify.js';
