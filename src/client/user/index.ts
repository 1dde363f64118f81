/** User APIs (Bearer or admin key) and their typed models. */
export * from './access-token-info.js';
export type { CallOptions } from './call-api.js';
export type { AdminCaller, KakaoCaller, UserCaller } from './caller.js';
export * from './get-user.js';
export type { UserIdResult } from './id-result.js';
export * from './kakao-account.js';
export * from './logout.js';
export { getScopes, type KakaoScope, type KakaoScopes, revokeScopes } from './scopes.js';
export * from './service-terms.js';
export * from './shipping-addresses.js';
export * from './signup.js';
export * from './unlink.js';
export { updateProfile } from './update-profile.js';
export type { KakaoUser } from './user-model.js';
