/**
 * Shipping addresses: `GET /v1/user/shipping_address` (spec §17), with paging.
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { KakaoResponseError } from '../../base/errors/response-error.js';
import { isRecord } from '../../base/http/response-body.js';
import { type CallOptions, callApiObject } from './call-api.js';
import { callerAuth, type KakaoCaller } from './caller.js';
import { idFromBody } from './user-id.js';

/**
 * One shipping address; only `id` and `is_default` are guaranteed.
 *
 * @example
 * ```ts
 * declare const page: KakaoShippingAddresses;
 * const address: KakaoShippingAddress | undefined = page.shipping_addresses[0];
 * ```
 */
export interface KakaoShippingAddress {
  /** Address id, decimal string. */
  id: string;
  is_default: boolean;
  name?: string;
  /** `NEW` (road-name) or `OLD` (lot-number). */
  type?: 'NEW' | 'OLD' | (string & {});
  base_address?: string;
  detail_address?: string;
  receiver_name?: string;
  receiver_phone_number1?: string;
  receiver_phone_number2?: string;
  /** 5-digit postal code. */
  zone_number?: string;
  /** Old 6-digit `NNN-NNN` code. */
  zip_code?: string;
  /** Epoch seconds of the last change. */
  updated_at?: number;
  [extra: string]: unknown;
}

/**
 * One page of shipping addresses.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const page: KakaoShippingAddresses = await getShippingAddresses(kakao, { accessToken });
 * ```
 */
export interface KakaoShippingAddresses {
  /** User id, decimal string. */
  user_id: string;
  /** True when the user has not agreed to `shipping_address` (then no addresses). */
  shipping_addresses_needs_agreement?: boolean;
  shipping_addresses: KakaoShippingAddress[];
  /** `from_updated_at` for the next (older) page: `updated_at` of the last address, if any. */
  nextFromUpdatedAt: number | undefined;
  [extra: string]: unknown;
}

/**
 * Options of {@link getShippingAddresses}.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * await getShippingAddresses(kakao, { accessToken, fromUpdatedAt: 0, pageSize: 10 });
 * ```
 */
export interface ShippingAddressOptions extends CallOptions {
  /** Fetch one address by id. */
  addressId?: string | bigint | undefined;
  /** Paging cursor, epoch seconds: addresses changed strictly before it (0 = from the newest). */
  fromUpdatedAt?: number | undefined;
  /** Page size, at least 2 (Kakao's default 10). */
  pageSize?: number | undefined;
}

/**
 * Reads one page of the user's shipping addresses, newest change first.
 *
 * @throws KakaoApiError (`-402` no consent, `-401`), KakaoResponseError, KakaoTransportError;
 *   TypeError for a page size below 2.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const page = await getShippingAddresses(kakao, { accessToken, pageSize: 10 });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#shipping-address
 */
export async function getShippingAddresses(
  kakao: KakaoClient,
  caller: KakaoCaller & ShippingAddressOptions,
): Promise<KakaoShippingAddresses> {
  if (caller.pageSize !== undefined && !(Number.isInteger(caller.pageSize) && caller.pageSize >= 2)) {
    throw new TypeError('pageSize must be an integer of at least 2.');
  }
  const body = await callApiObject(kakao, callerAuth(kakao, caller), {
    method: 'GET',
    path: '/v1/user/shipping_address',
    params: {
      address_id: caller.addressId,
      from_updated_at: caller.fromUpdatedAt,
      page_size: caller.pageSize,
    },
    idempotent: true,
    signal: caller.signal,
    deadlineMs: caller.deadlineMs,
  });
  return toAddresses(body, 'GET /v1/user/shipping_address');
}

/**
 * Iterates over every page of shipping addresses (newest first), following `updated_at`; stops
 * after a short or empty page.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * for await (const page of shippingAddressPages(kakao, { accessToken })) {
 *   for (const address of page.shipping_addresses) console.log(address.base_address);
 * }
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#shipping-address
 */
export async function* shippingAddressPages(
  kakao: KakaoClient,
  caller: KakaoCaller & Omit<ShippingAddressOptions, 'addressId'>,
): AsyncGenerator<KakaoShippingAddresses> {
  let cursor = caller.fromUpdatedAt;
  for (;;) {
    const page = await getShippingAddresses(kakao, { ...caller, fromUpdatedAt: cursor });
    yield page;
    const next = page.nextFromUpdatedAt;
    const full = page.shipping_addresses.length >= (caller.pageSize ?? 10);
    if (next === undefined || next === cursor || !full) return;
    cursor = next;
  }
}

function toAddresses(body: Record<string, unknown>, what: string): KakaoShippingAddresses {
  const list = body.shipping_addresses ?? [];
  if (!Array.isArray(list)) throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  const addresses = list.map((item) => toAddress(item, what));
  const last = addresses.at(-1)?.updated_at;
  return {
    ...body,
    user_id: idFromBody(body.user_id, what),
    shipping_addresses: addresses,
    nextFromUpdatedAt: typeof last === 'number' ? last : undefined,
  };
}

function toAddress(item: unknown, what: string): KakaoShippingAddress {
  if (!isRecord(item)) throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  return { ...item, id: idFromBody(item.id, what), is_default: item.is_default === true };
}
