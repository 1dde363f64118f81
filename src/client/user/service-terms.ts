/**
 * Kakao Sync service terms: status (§20.1), revoke (§20.2), record agreement (§20.3).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { KakaoResponseError } from '../../base/errors/response-error.js';
import { type CallOptions, callApiObject } from './call-api.js';
import { callerAuth, type KakaoCaller } from './caller.js';
import { requireList } from './scopes.js';
import { idFromBody } from './user-id.js';

/**
 * One service term and the user's agreement.
 *
 * @example
 * ```ts
 * declare const result: KakaoServiceTerms;
 * const term: KakaoServiceTerm | undefined = result.service_terms[0];
 * ```
 */
export interface KakaoServiceTerm {
  tag: string;
  required?: boolean;
  agreed: boolean;
  revocable?: boolean;
  /** RFC 3339; only when agreed. */
  agreed_at?: string;
  /** `KAUTH` (consent screen) or `KAPI` (upgrade call); only when agreed. */
  agreed_by?: 'KAUTH' | 'KAPI' | (string & {});
  [extra: string]: unknown;
}

/**
 * Which terms {@link getServiceTerms} lists.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * await getServiceTerms(kakao, { accessToken, result: 'app_service_terms' satisfies ServiceTermsResult });
 * ```
 */
export type ServiceTermsResult = 'agreed_service_terms' | 'app_service_terms';

/**
 * Answer of {@link getServiceTerms}.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const terms: KakaoServiceTerms = await getServiceTerms(kakao, { accessToken });
 * ```
 */
export interface KakaoServiceTerms {
  id: string;
  service_terms: KakaoServiceTerm[];
}

/**
 * Answer of {@link revokeServiceTerms}.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const { revoked_service_terms }: RevokedServiceTerms = await revokeServiceTerms(kakao, { accessToken, tags: ['marketing'] });
 * ```
 */
export interface RevokedServiceTerms {
  id: string;
  revoked_service_terms: KakaoServiceTerm[];
}

/**
 * Answer of {@link upgradeServiceTerms}.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const { agreed_service_terms }: UpgradedServiceTerms = await upgradeServiceTerms(kakao, { accessToken, tags: ['term03'] });
 * ```
 */
export interface UpgradedServiceTerms {
  id: string;
  agreed_service_terms: KakaoServiceTerm[];
}

/**
 * Lists the user's service terms: agreed ones (default) or all of the app's with their state.
 *
 * @throws KakaoApiError (`-2` unknown tags), KakaoResponseError, KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const { service_terms } = await getServiceTerms(kakao, { accessToken, result: 'app_service_terms' });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#check-service-terms
 */
export async function getServiceTerms(
  kakao: KakaoClient,
  caller: KakaoCaller &
    CallOptions & { result?: ServiceTermsResult | undefined; tags?: readonly string[] | undefined },
): Promise<KakaoServiceTerms> {
  const what = 'GET /v2/user/service_terms';
  const body = await callApiObject(kakao, callerAuth(kakao, caller), {
    method: 'GET',
    path: '/v2/user/service_terms',
    params: { result: caller.result, tags: caller.tags?.join(',') },
    idempotent: true,
    signal: caller.signal,
    deadlineMs: caller.deadlineMs,
  });
  return { ...body, id: idFromBody(body.id, what), service_terms: termList(body.service_terms, what) };
}

/**
 * Revokes optional service terms; lists only those actually revoked.
 *
 * @throws KakaoApiError (`-2` tags unknown to the app), KakaoResponseError, KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * await revokeServiceTerms(kakao, { accessToken, tags: ['marketing'] });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#revoke-service-terms
 */
export async function revokeServiceTerms(
  kakao: KakaoClient,
  caller: KakaoCaller & CallOptions & { tags: readonly string[] },
): Promise<RevokedServiceTerms> {
  const path = '/v2/user/revoke/service_terms';
  const body = await postTags(kakao, caller, path);
  return {
    ...body,
    id: idFromBody(body.id, `POST ${path}`),
    revoked_service_terms: termList(body.revoked_service_terms, path),
  };
}

/**
 * Records that the user agreed to service terms (collected by your service); lists only newly
 * agreed terms (partial success is still a 200).
 *
 * @throws KakaoApiError, KakaoResponseError, KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * await upgradeServiceTerms(kakao, { userId: '1376016924429759243', tags: ['term03'] });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#upgrade-service-terms
 */
export async function upgradeServiceTerms(
  kakao: KakaoClient,
  caller: KakaoCaller & CallOptions & { tags: readonly string[] },
): Promise<UpgradedServiceTerms> {
  const path = '/v2/user/upgrade/service_terms';
  const body = await postTags(kakao, caller, path);
  return {
    ...body,
    id: idFromBody(body.id, `POST ${path}`),
    agreed_service_terms: termList(body.agreed_service_terms, path),
  };
}

function postTags(
  kakao: KakaoClient,
  caller: KakaoCaller & CallOptions & { tags: readonly string[] },
  path: string,
) {
  const tags = requireList(caller.tags, 'tags', "['marketing']");
  return callApiObject(kakao, callerAuth(kakao, caller), {
    method: 'POST',
    path,
    params: { tags: tags.join(',') },
    idempotent: false,
    signal: caller.signal,
    deadlineMs: caller.deadlineMs,
  });
}

function termList(value: unknown, what: string): KakaoServiceTerm[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  return value as KakaoServiceTerm[];
}
