/**
 * Unguessable values for a login attempt: `state`, `nonce` and the PKCE pair (Web Crypto).
 *
 * @module
 */
import { base64url } from './base64url.js';

/** Bytes of randomness in every generated value: 256 bits (>= 128 required). */
const RANDOM_BYTES = 32;

function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(RANDOM_BYTES)));
}

/**
 * A fresh `state` (CSRF protection): 256 random bits, base64url, 43 characters.
 *
 * @example
 * ```ts
 * const state = generateState(); // keep it in the session, pass it to buildAuthorizationUrl
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#request-code
 */
export function generateState(): string {
  return randomToken();
}

/**
 * A fresh OIDC `nonce` (replay protection): 256 random bits, base64url, 43 characters.
 *
 * @example
 * ```ts
 * const nonce = generateNonce(); // keep it, pass it to buildAuthorizationUrl and exchangeCode checks
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#request-code
 */
export function generateNonce(): string {
  return randomToken();
}

/**
 * A PKCE verifier and its S256 challenge.
 *
 * @example
 * ```ts
 * const { codeVerifier, codeChallenge }: PkcePair = await generatePkce();
 * ```
 */
export interface PkcePair {
  /** Secret: keep it server side (or in the CLI) and send it on the code exchange. */
  readonly codeVerifier: string;
  /** base64url(SHA-256(codeVerifier)), sent on the authorize URL. */
  readonly codeChallenge: string;
  readonly codeChallengeMethod: 'S256';
}

/**
 * The S256 challenge of a verifier: base64url(SHA-256(verifier)), no padding (RFC 7636).
 *
 * @example
 * ```ts
 * await computeCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
 * // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 * ```
 */
export async function computeCodeChallenge(codeVerifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier));
  return base64url(new Uint8Array(digest));
}

/**
 * A fresh PKCE pair (S256, the only method Kakao supports): a 43-character verifier of 256 random
 * bits and its challenge.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const state: string;
 * const pkce = await generatePkce();
 * const url = buildAuthorizationUrl(kakao, { state, codeChallenge: pkce.codeChallenge });
 * // later: exchangeCode(kakao, { code, codeVerifier: pkce.codeVerifier })
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#request-code
 */
export async function generatePkce(): Promise<PkcePair> {
  const codeVerifier = randomToken();
  return {
    codeVerifier,
    codeChallenge: await computeCodeChallenge(codeVerifier),
    codeChallengeMethod: 'S256',
  };
}
