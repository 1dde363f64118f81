/**
 * User ids in order: 64-bit decimal ids compared numerically, and the ids linked to an app
 * (`/v1/user/ids` pages through them).
 *
 * @module
 */

import type { EmulatorState } from './state.js';

/**
 * Compares two decimal user ids numerically (they exceed 2^53, so as `bigint`).
 *
 * @example
 * ```ts
 * ['1376016924426222222', '1376016924426111111'].sort(compareUserIds);
 * ```
 */
export function compareUserIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The ids of every user linked to the app (pre-registered ones included), ascending.
 *
 * @example
 * ```ts
 * declare const state: EmulatorState;
 * linkedUserIds(state, 1234567); // ['1376016924426111111', …]
 * ```
 */
export function linkedUserIds(state: EmulatorState, appId: number): string[] {
  const ids: string[] = [];
  for (const link of state.links.values()) if (link.appId === appId) ids.push(link.userId);
  return ids.sort(compareUserIds);
}
