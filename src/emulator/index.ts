/**
 * The Kakao emulator: a local stand-in for kauth.kakao.com and kapi.kakao.com (Node).
 *
 * @packageDocumentation
 */

export * from './http/index.js';
export * from './model/index.js';
export type { Emulator } from './types.js';

/** Path prefix of the test controls on the auth base URL (never part of Kakao's surface). */
export const EMULATOR_CONTROL_PREFIX = '/__emulator';
