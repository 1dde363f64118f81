/**
 * The emulator's model (spec §2, §23): state, apps, users, sessions, links, codes, tokens, keys,
 * clock, faults and the redacted request log. Plain functions over one {@link EmulatorState}.
 *
 * @module
 */

export * from './clock.js';
export * from './codes.js';
export * from './config.js';
export * from './defaults.js';
export * from './faults.js';
export * from './jws.js';
export * from './keys.js';
export * from './links.js';
export * from './log.js';
export * from './lookup.js';
export * from './random.js';
export * from './ratelimit.js';
export * from './scopes.js';
export * from './sessions.js';
export * from './settings.js';
export * from './state.js';
export * from './sweep.js';
export * from './tokens.js';
export type * from './types.js';
