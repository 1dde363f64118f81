/**
 * `kakao-oauth/tokens`: Kakao token sets that refresh themselves, once per key across every
 * process that shares a store. Runs on any runtime (no `node:` import); the file store is in
 * `kakao-oauth/tokens/file` (Node), the Redis store in `kakao-oauth/tokens/redis`.
 *
 * @packageDocumentation
 */
export type { TokenEncryption, TokenEncryptionKey } from './codec.js';
export {
  KakaoSignInRequiredError,
  KakaoTokenLockError,
  KakaoTokenStoreError,
  type SignInReason,
  type TokenStoreErrorCode,
} from './errors.js';
export type { TokenHooks, TokensEndedEvent, TokensRefreshedEvent } from './events.js';
export { createTokenManager, type TokenCallOptions, type TokenManager } from './manager.js';
export { createMemoryStore } from './memory-store.js';
export type { TokenManagerOptions } from './options.js';
export { newVersion, type StoredRecord, type TokenStore } from './store.js';
