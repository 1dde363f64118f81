/** OpenID Connect for Kakao: id_token verification, JWKS cache, discovery. */
export type { KakaoIdTokenClaims, VerifyIdTokenChecks } from './claims.js';
export { DEFAULT_CLOCK_TOLERANCE_SEC } from './claims.js';
export type { DiscoveryOptions, KakaoDiscovery } from './discovery.js';
export { DISCOVERY_TTL_MS, getDiscovery } from './discovery.js';
export type { IdTokenErrorCode, OidcMetadataErrorCode } from './errors.js';
export { KakaoIdTokenError, KakaoOidcMetadataError } from './errors.js';
export type { ExportedJwksCache, JwksCacheOptions } from './jwks-cache.js';
export {
  configureJwksCache,
  exportJwksCache,
  importJwksCache,
  JWKS_COOLDOWN_MS,
  JWKS_TTL_MS,
} from './jwks-cache.js';
export type { RsaVerificationJwk } from './jwks-document.js';
export type { TokenInfoParams } from './tokeninfo.js';
export { getTokenInfo } from './tokeninfo.js';
export type { KakaoOidcUserInfo, OidcUserInfoParams } from './userinfo.js';
export { getOidcUserInfo } from './userinfo.js';
export { MAX_ID_TOKEN_LENGTH, verifyIdToken } from './verify.js';

/** Kakao's OIDC issuer, the default expected `iss` of id_tokens. */
export const KAKAO_ISSUER = 'https://kauth.kakao.com';
