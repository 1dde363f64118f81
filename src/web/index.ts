/**
 * `kakao-oauth/web`: Kakao Login for web apps on web-standard `Request`/`Response` — login,
 * callback, logout, unlink, the unlink webhook, sessions and incremental consent. Imports no
 * `node:` module; the Express, Hono and Next.js adapters are thin layers over it.
 *
 * @packageDocumentation
 */

export type { SignInReason } from '../tokens/errors.js';
export type { KakaoAuthConfig, SignInEvent, UnlinkEvent, WebErrorEvent } from './config.js';
export { MIN_SECRET_LENGTH } from './config.js';
export { createKakaoAuth, type KakaoAuth } from './create.js';
export { KakaoWebConfigError, type KakaoWebConfigErrorCode } from './errors/config-error.js';
export { describeProblem, type WebProblem } from './errors/problem.js';
export { KakaoWebError, type KakaoWebErrorCode } from './errors/request-error.js';
export type { LoginOptions } from './routes/login.js';
export type { KakaoSession } from './session/session.js';
export { createMemoryWebStore, type WebStore } from './session/store.js';
export { signInReason, type WebTokenManager } from './tokens/manager.js';
export { TRANSACTION_MAX_AGE_SEC } from './transaction/transaction.js';
export { readUnlinkNotification } from './webhook/unlink-notification.js';
