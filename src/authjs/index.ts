/**
 * `kakao-oauth/authjs`: Kakao for Auth.js (`@auth/core`, NextAuth v5) on kakao-oauth's client —
 * OpenID Connect with the right issuer, PKCE, state and nonce, the id_token's signature verified,
 * the exact 64-bit id, Kakao's errors with their meaning. `@auth/core` is an optional peer
 * dependency.
 *
 * @packageDocumentation
 */
export { Kakao, type KakaoAuthJsOptions } from './provider.js';
