/**
 * kapi authentication (spec §1.2, §23.8): the `Authorization` header, Bearer access tokens, the
 * `KakaoAK` admin key and the admin call's target user. Every refusal is a {@link KapiFailure}.
 *
 * Choices where Kakao is silent (documented in docs/emulator-kapi.md): no header → `-401`
 * "no authentication key!"; a scheme other than `Bearer` (any case) or `KakaoAK` (exact case) →
 * `-8`; a scheme without a single credential → `-2`.
 *
 * @module
 */

import {
  findAppByAdminKey,
  findAppById,
  getLink,
  getUser,
  isUnder14,
  resolveAdminTarget,
} from '../model/lookup.js';
import type { EmulatorState } from '../model/state.js';
import { lookupAccessToken } from '../model/tokens.js';
import type { AccessToken, App, Link, TestUser } from '../model/types.js';
import { fail } from './failure.js';

/** Longest access token accepted before `-2` "too long for access token." (real ones are ~60). */
export const MAX_ACCESS_TOKEN_LENGTH = 512;

/** The credential of the `Authorization` header. */
export type Credential = { scheme: 'Bearer' | 'KakaoAK'; value: string };

/** A call in a user's name with their access token. */
export interface BearerCaller {
  mode: 'bearer';
  app: App;
  user: TestUser;
  link: Link;
  accessToken: AccessToken;
}

/** An admin-key call naming a linked user (`target_id_type=user_id&target_id=…`). */
export interface AdminTargetCaller {
  mode: 'admin';
  app: App;
  user: TestUser;
  link: Link;
}

/** Either kind of user-context caller. */
export type UserCaller = BearerCaller | AdminTargetCaller;

/** An admin-key call about the app itself (`/v1/user/ids`, `/v2/app/users`). */
export interface AppCaller {
  mode: 'admin';
  app: App;
}

/**
 * Reads `Authorization: Bearer …` or `Authorization: KakaoAK …`; without that header, an
 * `access_token` parameter (query on GET, form body or query on POST) is a Bearer token, as Kakao
 * accepts it (the header wins when both are sent).
 *
 * @example
 * ```ts
 * declare const url: string;
 * readCredential(new Request(url, { headers: { authorization: 'bearer abc' } })); // { scheme: 'Bearer', value: 'abc' }
 * readCredential(new Request(url), new URLSearchParams('access_token=abc')); // { scheme: 'Bearer', value: 'abc' }
 * ```
 * @see https://developers.kakao.com/docs/latest/en/rest-api/reference
 */
export function readCredential(request: Request, params?: URLSearchParams): Credential {
  const header = request.headers.get('authorization')?.trim();
  if (!header) return parameterCredential(params);
  const [scheme = '', ...rest] = header.split(/\s+/);
  const isBearer = scheme.toLowerCase() === 'bearer';
  if (!isBearer && scheme !== 'KakaoAK') {
    fail(-8, 'invalid authorization header. use "Bearer {ACCESS_TOKEN}" or "KakaoAK {ADMIN_KEY}".');
  }
  if (rest.length !== 1) fail(-2, `the ${isBearer ? 'access token' : 'admin key'} is missing or malformed.`);
  return { scheme: isBearer ? 'Bearer' : 'KakaoAK', value: rest[0]! };
}

/** The `access_token` parameter as a Bearer credential (`-401` when there is none). */
function parameterCredential(params: URLSearchParams | undefined): Credential {
  const token = params?.get('access_token');
  if (!token) fail(-401, 'no authentication key!');
  return { scheme: 'Bearer', value: token };
}

function checkAge(state: EmulatorState, app: App, user: TestUser): void {
  if (app.blockUnder14 && isUnder14(user, state.clock.now())) fail(-406);
}

/**
 * Resolves a Bearer access token to its live token, app, user and link.
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * declare const token: string;
 * const { user, accessToken } = bearerCaller(emulator.state, token);
 * ```
 */
export function bearerCaller(state: EmulatorState, token: string): BearerCaller {
  if (token.length > MAX_ACCESS_TOKEN_LENGTH) fail(-2, 'too long for access token.');
  const found = lookupAccessToken(state, token);
  if (found.status === 'expired') fail(-401, 'this access token is already expired');
  if (found.status !== 'live') fail(-401, 'this access token does not exist');
  const accessToken = found.token;
  const app = findAppById(state, accessToken.appId);
  if (!app) fail(-401, 'this access token does not exist');
  const user = getUser(state, accessToken.userId);
  const link = getLink(state, app.id, accessToken.userId);
  if (!user || !link) fail(-101);
  checkAge(state, app, user);
  return { mode: 'bearer', app, user, link, accessToken };
}

/**
 * Resolves an admin key to its app (`-401` "invalid app key." when no app has it).
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * adminApp(emulator.state, DEFAULT_ADMIN_KEY).id; // 1234567
 * ```
 */
export function adminApp(state: EmulatorState, adminKey: string): App {
  const app = findAppByAdminKey(state, adminKey);
  if (!app) fail(-401, 'invalid app key.');
  return app;
}

/**
 * Resolves an admin call's target user (`-2` missing/malformed target, `-101` not linked).
 *
 * @example
 * ```ts
 * declare const state: EmulatorState;
 * declare const adminKey: string;
 * adminTargetCaller(state, adminKey, new URLSearchParams('target_id_type=user_id&target_id=1376016924426111111'));
 * ```
 */
export function adminTargetCaller(
  state: EmulatorState,
  adminKey: string,
  params: URLSearchParams,
): AdminTargetCaller {
  const app = adminApp(state, adminKey);
  const target = resolveAdminTarget(state, app, params);
  if (!target.ok) fail(target.code, target.msg);
  checkAge(state, app, target.user);
  return { mode: 'admin', app, user: target.user, link: target.link };
}

/**
 * The caller of an endpoint that takes a Bearer token or the admin key with a target.
 *
 * @example
 * ```ts
 * import { readParams } from '../http/params.js';
 * import { revokeTokenChain } from '../model/tokens.js';
 * declare const emulator: Emulator;
 * declare const request: Request;
 * const caller = userCaller(emulator.state, request, await readParams(request));
 * if (caller.mode === 'bearer') revokeTokenChain(emulator.state, caller.accessToken);
 * ```
 */
export function userCaller(state: EmulatorState, request: Request, params: URLSearchParams): UserCaller {
  const credential = readCredential(request, params);
  if (credential.scheme === 'Bearer') return bearerCaller(state, credential.value);
  return adminTargetCaller(state, credential.value, params);
}

/**
 * The caller of a Bearer-only endpoint (`-401` for an admin key).
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * declare const request: Request;
 * declare const params: URLSearchParams;
 * const { accessToken } = bearerOnlyCaller(emulator.state, request, params);
 * ```
 */
export function bearerOnlyCaller(
  state: EmulatorState,
  request: Request,
  params?: URLSearchParams,
): BearerCaller {
  const credential = readCredential(request, params);
  if (credential.scheme !== 'Bearer') {
    fail(-401, 'this api needs a user access token: use "Authorization: Bearer {ACCESS_TOKEN}".');
  }
  return bearerCaller(state, credential.value);
}

/**
 * The caller of an admin-only endpoint (`-401` for a Bearer token).
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * declare const request: Request;
 * const { app } = appCaller(emulator.state, request);
 * ```
 */
export function appCaller(state: EmulatorState, request: Request): AppCaller {
  const credential = readCredential(request);
  if (credential.scheme !== 'KakaoAK') {
    fail(-401, 'this api needs the admin key: use "Authorization: KakaoAK {ADMIN_KEY}".');
  }
  return { mode: 'admin', app: adminApp(state, credential.value) };
}
