/**
 * The Kakao emulator: a local stand-in for kauth.kakao.com and kapi.kakao.com (Node). Everything
 * of the web-standard core (`kakao-oauth/emulator/web`) plus the Node binding: `startEmulator`
 * and the `node:crypto` id_token signer.
 *
 * The list below is the whole public surface of `kakao-oauth/emulator`, reviewed name by name.
 * The model's functions and the wire helpers are internal; the model's types are public because
 * `emulator.state` is. State changes beyond reset, seed and faults go through the `/__emulator/`
 * controls, in-process as well (`emulator.fetch`). `test/package/surface.test.ts` fails when this
 * list changes without `test/package/surface/emulator.json` changing with it (see
 * docs/architecture.md).
 *
 * @packageDocumentation
 */

export { nodeListener } from './node/binding.js';
export { nodeJwsSigner } from './node/signer.js';
export { type RunningEmulator, type StartEmulatorOptions, startEmulator } from './node/start.js';
// Everything of the web-standard core (kakao-oauth/emulator/web), name by name
export {
  type AccessToken,
  type AgreedBy,
  type App,
  type AppConfig,
  type AuthCode,
  armFault,
  type BrowserSession,
  type ConsentItem,
  createEmulator,
  DEFAULT_ADMIN_KEY,
  DEFAULT_APP,
  DEFAULT_REDIRECT_URI,
  DEFAULT_REST_API_KEY,
  DEFAULT_USERS,
  DroppedConnection,
  EMULATOR_CONTROL_PREFIX,
  type Emulator,
  type EmulatorClock,
  type EmulatorConfig,
  type EmulatorOptions,
  type EmulatorSettings,
  type EmulatorState,
  type Fault,
  type FaultAction,
  type FaultMatch,
  generateSigningKey,
  IN_PROCESS_API_URL,
  IN_PROCESS_AUTH_URL,
  type JwsSigner,
  type Link,
  type Platform,
  parseEmulatorConfig,
  type RefreshToken,
  type RequestLogEntry,
  resetState,
  type ServiceTerm,
  type ShippingAddress,
  type SigningKey,
  type SigningKeyRing,
  seedState,
  setBaseUrls,
  type TestUser,
  type UnlinkReferrer,
  type UserConfig,
  type WebhookDelivery,
  webCryptoSigner,
} from './web.js';
