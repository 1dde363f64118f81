/**
 * `kakao-oauth/authjs`: Kakao for Auth.js (`@auth/core`, NextAuth v5) on kakao-oauth's client —
 * OpenID Connect with the right issuer, PKCE, state and nonce, the id_token's signature verified,
 * the exact 64-bit id, Kakao's errors with their meaning; with {@link kakaoAuthJs}, the user's
 * Kakao tokens in our token manager (single-flight refresh), and sign-out, unlink and Kakao's
 * unlink notification that reach Kakao and end the Auth.js session. `@auth/core` is an optional
 * peer dependency.
 *
 * @packageDocumentation
 */
export type { KakaoAuthJsSession } from './callbacks.js';
export { type KakaoAuthJs, kakaoAuthJs } from './hooks.js';
export type { KakaoAuthJsHooksOptions } from './options.js';
export { Kakao, type KakaoAuthJsOptions } from './provider.js';
export type { KakaoSignedIn } from './signed-in.js';
