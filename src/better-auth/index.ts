/**
 * `kakao-oauth/better-auth`: Kakao Login for Better Auth on kakao-oauth's client — the 64-bit id
 * exact, PKCE and nonce, the id_token verified, native-app id_token sign-in, single-flight
 * refresh, sign-out and unlink that reach Kakao, the unlink webhook, Kakao's errors with their
 * meaning. Better Auth is an optional peer dependency.
 *
 * @packageDocumentation
 */
export type { KakaoAccountRow } from './accounts.js';
export type { KakaoBetterAuthOptions } from './options.js';
export { kakao } from './plugin.js';
export type { KakaoBetterAuthProfile } from './provider.js';
export { WEBHOOK_PATH } from './webhook.js';
