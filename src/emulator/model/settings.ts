/**
 * Tunable behaviour of the emulator: lifetimes (§6), rate limits (§22), and the choices it makes
 * where the spec is uncertain.
 *
 * @module
 */

import { CONFIG_SCHEMA } from './config-schema.js';
import { type JsonSchema, schemaProblem } from './schema-check.js';
import type { Platform } from './types.js';

const SETTINGS_SCHEMA: JsonSchema = CONFIG_SCHEMA.$defs?.settings ?? {};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every tunable, with Kakao's values as defaults. */
export interface EmulatorSettings {
  /** Access-token lifetime per platform: REST 6 h, JavaScript 2 h, native 12 h. */
  accessTokenTtlMs: Record<Platform, number>;
  /** Refresh-token lifetime: 60 days. */
  refreshTokenTtlMs: number;
  /** A refresh rotates the refresh token only when less than this remains: 30 days. */
  refreshRotationThresholdMs: number;
  /** Authorization-code lifetime: 10 minutes. */
  codeTtlMs: number;
  /** Browser session lifetime without / with "keep me signed in": 24 h / 30 days. */
  sessionTtlMs: number;
  keepSignedInTtlMs: number;
  /** Token-issuance rate limits (KOE237). Off by default so test suites don't trip over them. */
  rateLimits: boolean;
  /** Access tokens per user per app per 10 minutes (code + refresh grants). */
  accessTokensPer10Min: number;
  /** Refresh tokens per user per app per 60 minutes. */
  refreshTokensPer60Min: number;
  /** `/v1/user/ids` calls per app per minute (429 `-10`). */
  userIdsPerMinute: number;
  /** Revoke the previous access token when a refresh issues a new one (Kakao: undocumented; off). */
  revokeAccessTokenOnRefresh: boolean;
  /** HTTP status of KOE010 (bad client secret): 401 per reports. */
  invalidClientSecretStatus: number;
}

/** Kakao's values (spec §6, §22). */
export const DEFAULT_SETTINGS: EmulatorSettings = {
  accessTokenTtlMs: { rest: 6 * HOUR, js: 2 * HOUR, native: 12 * HOUR },
  refreshTokenTtlMs: 60 * DAY,
  refreshRotationThresholdMs: 30 * DAY,
  codeTtlMs: 10 * 60_000,
  sessionTtlMs: DAY,
  keepSignedInTtlMs: 30 * DAY,
  rateLimits: false,
  accessTokensPer10Min: 20,
  refreshTokensPer60Min: 30,
  userIdsPerMinute: 100,
  revokeAccessTokenOnRefresh: false,
  invalidClientSecretStatus: 401,
};

/**
 * Merges partial settings over the defaults (the nested per-platform TTLs merge too), after
 * checking them against the config schema's `settings`.
 *
 * @throws TypeError naming the first setting that is wrong (`settings.rateLimits must be true or false`).
 */
export function resolveSettings(partial: Partial<EmulatorSettings> = {}): EmulatorSettings {
  const problem = schemaProblem(SETTINGS_SCHEMA, partial, 'settings');
  if (problem) throw new TypeError(problem);
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    accessTokenTtlMs: { ...DEFAULT_SETTINGS.accessTokenTtlMs, ...partial.accessTokenTtlMs },
  };
}
