/**
 * The Kakao emulator: a local stand-in for kauth.kakao.com and kapi.kakao.com (Node).
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
export type { SigningKeyRing } from './model/keys.js';
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
export { nodeListener } from './node/binding.js';
export { type RunningEmulator, type StartEmulatorOptions, startEmulator } from './node/start.js';
export type { Emulator } from './types.js';
