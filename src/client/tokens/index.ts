/** Code exchange, refresh, and the token-set type. */
export * from './exchange-code.js';
export * from './refresh-tokens.js';
export * from './token-json.js';
export {
  type KakaoTokenResponse,
  type KakaoTokenSet,
  splitScope,
  tokenSetFromResponse,
} from './token-set.js';
export { type VerifiedTokenSet, withVerifiedIdToken } from './verified-token-set.js';
