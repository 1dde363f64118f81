/**
 * Consent details: `GET /v2/user/scopes` (spec §18) and `POST /v2/user/revoke/scopes` (§19).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { KakaoResponseError } from '../../base/errors/response-error.js';
import { type CallOptions, callApiObject } from './call-api.js';
import { callerAuth, type KakaoCaller } from './caller.js';
import { idFromBody } from './user-id.js';

/**
 * One consent item of the user.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const agreed = (await getScopes(kakao, { accessToken })).scopes.filter((scope: KakaoScope) => scope.agreed);
 * ```
 */
export interface KakaoScope {
  /** Scope id, e.g. `account_email`. */
  id: string;
  /** Label shown on the consent screen (localised). */
  display_name: string;
  /** `PRIVACY` (personal data) or `SERVICE` (API permission). */
  type: 'PRIVACY' | 'SERVICE' | (string & {});
  /** False when the user agreed earlier but the app no longer uses the item. */
  using: boolean;
  agreed: boolean;
  /** Present when agreed; false for required items. */
  revocable?: boolean;
  delegated?: boolean;
  [extra: string]: unknown;
}

/**
 * The user's consent items.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const result: KakaoScopes = await getScopes(kakao, { accessToken });
 * ```
 */
export interface KakaoScopes {
  /** User id, decimal string. */
  id: string;
  scopes: KakaoScope[];
}

/**
 * Lists the user's consent items, optionally only `scopes`.
 *
 * @throws KakaoApiError, KakaoResponseError, KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const { scopes } = await getScopes(kakao, { accessToken, scopes: ['account_email'] });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#check-consent
 */
export async function getScopes(
  kakao: KakaoClient,
  caller: KakaoCaller & CallOptions & { scopes?: readonly string[] | undefined },
): Promise<KakaoScopes> {
  const body = await callApiObject(kakao, callerAuth(kakao, caller), {
    method: 'GET',
    path: '/v2/user/scopes',
    params: { scopes: caller.scopes },
    idempotent: true,
    signal: caller.signal,
    deadlineMs: caller.deadlineMs,
  });
  return toScopes(body, 'GET /v2/user/scopes');
}

/**
 * Revokes optional consent items; returns the updated list. Required items cannot be revoked
 * (`-3`); unknown or not-agreed ids give `-2`.
 *
 * @throws KakaoApiError, KakaoResponseError, KakaoTransportError; TypeError for an empty list.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * await revokeScopes(kakao, { accessToken, scopes: ['account_email'] });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#revoke-consent
 */
export async function revokeScopes(
  kakao: KakaoClient,
  caller: KakaoCaller & CallOptions & { scopes: readonly string[] },
): Promise<KakaoScopes> {
  const scopes = requireList(caller.scopes, 'scopes', "['account_email']");
  const body = await callApiObject(kakao, callerAuth(kakao, caller), {
    method: 'POST',
    path: '/v2/user/revoke/scopes',
    params: { scopes },
    idempotent: false,
    signal: caller.signal,
    deadlineMs: caller.deadlineMs,
  });
  return toScopes(body, 'POST /v2/user/revoke/scopes');
}

function toScopes(body: Record<string, unknown>, what: string): KakaoScopes {
  if (!Array.isArray(body.scopes)) throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  return { ...body, id: idFromBody(body.id, what), scopes: body.scopes as KakaoScope[] };
}

/**
 * Checks a required, non-empty list of non-empty strings.
 *
 * @throws TypeError otherwise.
 * @example
 * ```ts
 * requireList(['marketing'], 'tags', "['marketing']");
 * ```
 */
export function requireList(value: unknown, name: string, example: string): readonly string[] {
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === 'string' && item !== '');
  if (!ok) throw new TypeError(`${name} must be a non-empty array of strings, e.g. ${example}.`);
  return value as readonly string[];
}
