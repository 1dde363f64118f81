/**
 * The Kakao emulator's web-standard core, for any runtime with `fetch`, `Request`, `Response` and
 * Web Crypto: Node, Bun, Deno, Cloudflare Workers. Serve `emulator.fetch` with the runtime's own
 * server (`Bun.serve`, `Deno.serve`, a Worker's `fetch` handler) or use it in-process as a
 * client's `fetch`. Imports no `node:` module; id_tokens are signed with Web Crypto. On Node,
 * `kakao-oauth/emulator` adds `startEmulator` and the faster `node:crypto` signer.
 *
 * @example
 * ```ts
 * const emulator = createEmulator({ autoLogin: true });
 * const discovery = await emulator.fetch(new Request(`${emulator.authUrl}/.well-known/openid-configuration`));
 * ```
 *
 * @packageDocumentation
 */

// Creating and serving an emulator
export { controlsPrefix as EMULATOR_CONTROL_PREFIX } from './controls/index.js';
export {
  createEmulator,
  type EmulatorOptions,
  IN_PROCESS_API_URL,
  IN_PROCESS_AUTH_URL,
  setBaseUrls,
} from './emulator.js';
export { DroppedConnection } from './faults.js';
// Configuration: apps, users, settings
export type { EmulatorClock } from './model/clock.js';
export { type AppConfig, type EmulatorConfig, parseEmulatorConfig, type UserConfig } from './model/config.js';
export {
  DEFAULT_ADMIN_KEY,
  DEFAULT_APP,
  DEFAULT_REDIRECT_URI,
  DEFAULT_REST_API_KEY,
  DEFAULT_USERS,
} from './model/defaults.js';
// The state of an in-process emulator (`emulator.state`) and the operations tests use on it
export { armFault } from './model/faults.js';
export { type JwsSigner, webCryptoSigner } from './model/jws.js';
export { generateSigningKey, type SigningKeyRing } from './model/keys.js';
export type { EmulatorSettings } from './model/settings.js';
export { type EmulatorState, resetState, seedState } from './model/state.js';
export type {
  AccessToken,
  AgreedBy,
  App,
  AuthCode,
  BrowserSession,
  ConsentItem,
  Fault,
  FaultAction,
  FaultMatch,
  Link,
  Platform,
  RefreshToken,
  RequestLogEntry,
  ServiceTerm,
  ShippingAddress,
  SigningKey,
  TestUser,
  UnlinkReferrer,
  WebhookDelivery,
} from './model/types.js';
export type { Emulator } from './types.js';
