/**
 * The Kakao emulator: a local stand-in for kauth.kakao.com and kapi.kakao.com (Node).
 *
 * @packageDocumentation
 */

export { controlsPrefix as EMULATOR_CONTROL_PREFIX } from './controls/index.js';
export {
  createEmulator,
  type EmulatorOptions,
  IN_PROCESS_API_URL,
  IN_PROCESS_AUTH_URL,
  setBaseUrls,
} from './emulator.js';
export { DroppedConnection } from './faults.js';
export * from './http/index.js';
export * from './model/index.js';
export * from './node/index.js';
export type { Emulator } from './types.js';
