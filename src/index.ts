/**
 * kakao-oauth: Kakao Login (OAuth 2.0 / OpenID Connect) for any runtime with `fetch` and Web Crypto.
 *
 * This entry holds the runtime-agnostic core: the REST client and the OIDC verification. It imports
 * no `node:` module.
 *
 * @packageDocumentation
 */
export * from './client/index.js';
export * from './oidc/index.js';
