/**
 * Finding apps and users: by app key, by admin key, and the admin-call target of spec §1.2.
 *
 * @module
 */

import { type EmulatorState, linkKey } from './state.js';
import type { App, Link, Platform, TestUser } from './types.js';

/** An app found by one of its client keys, and which kind of key it was. */
export interface ClientMatch {
  app: App;
  platform: Platform;
}

/** Finds the app whose REST API, JavaScript or native key is `clientId`. */
export function findAppByClientId(state: EmulatorState, clientId: string): ClientMatch | undefined {
  for (const app of state.apps) {
    if (app.restApiKey === clientId) return { app, platform: 'rest' };
    if (app.javascriptKey === clientId) return { app, platform: 'js' };
    if (app.nativeAppKey === clientId) return { app, platform: 'native' };
  }
  return undefined;
}

/** Finds the app whose admin key is `adminKey` (exact, case-sensitive). */
export function findAppByAdminKey(state: EmulatorState, adminKey: string): App | undefined {
  return state.apps.find((app) => app.adminKey === adminKey);
}

/** Finds an app by its numeric id. */
export function findAppById(state: EmulatorState, appId: number): App | undefined {
  return state.apps.find((app) => app.id === appId);
}

/** Finds a test user by id (decimal string). */
export function getUser(state: EmulatorState, userId: string): TestUser | undefined {
  return state.users.get(userId);
}

/** The link between an app and a user, if they are linked. */
export function getLink(state: EmulatorState, appId: number, userId: string): Link | undefined {
  return state.links.get(linkKey(appId, userId));
}

/** Result of {@link resolveAdminTarget}: the target user and link, or a kapi error to answer with. */
export type AdminTarget =
  | { ok: true; user: TestUser; link: Link }
  | { ok: false; code: -2 | -101; msg: string };

/**
 * Resolves `target_id_type=user_id&target_id=…` of an admin (`KakaoAK`) call on a user endpoint.
 * Missing or malformed parameters → `-2`; a user who is unknown or not linked to the app → `-101`.
 *
 * @example
 * ```ts
 * import { kapiError } from '../http/kapi-error.js';
 * declare const state: EmulatorState;
 * declare const app: App;
 * declare const params: URLSearchParams;
 * const target = resolveAdminTarget(state, app, params);
 * const failure = target.ok ? undefined : kapiError(target.code, target.msg);
 * ```
 */
export function resolveAdminTarget(state: EmulatorState, app: App, params: URLSearchParams): AdminTarget {
  const type = params.get('target_id_type');
  const id = params.get('target_id');
  if (type !== 'user_id') {
    return { ok: false, code: -2, msg: 'target_id_type is required and must be user_id.' };
  }
  if (!id || !/^[1-9][0-9]{0,18}$/.test(id)) {
    return { ok: false, code: -2, msg: 'target_id is required and must be a numeric user id.' };
  }
  const user = getUser(state, id);
  const link = user && getLink(state, app.id, id);
  if (!user || !link) return { ok: false, code: -101, msg: 'NotRegisteredUserException' };
  return { ok: true, user, link };
}

/** Whether the user is under 14 (by birth year when known, else by age range). */
export function isUnder14(user: TestUser, nowMs: number): boolean {
  if (user.birthyear) return new Date(nowMs).getUTCFullYear() - Number(user.birthyear) < 14;
  return user.ageRange === '0~9' || user.ageRange === '1~9';
}
