/**
 * `kakao-oauth/passport`: a Passport 0.7 strategy for Kakao on kakao-oauth's client, with
 * `passport-kakao`'s options and profile shape — the id an exact string — plus PKCE, state, nonce,
 * a verified id_token, and logout/unlink that reach Kakao. `passport` is an optional peer
 * dependency.
 *
 * @packageDocumentation
 */
export type { KakaoStrategyOptions } from './options.js';
export { type KakaoPassportProfile, toProfile } from './profile.js';
export {
  KakaoStrategy,
  type KakaoStrategyRequest,
  type KakaoVerify,
  type KakaoVerifyDone,
} from './strategy.js';
export { type KakaoUnlinkWebhookOptions, kakaoUnlinkWebhook } from './unlink-webhook.js';
