/**
 * `GET /v1/user/shipping_address` (spec §17): the user's addresses, newest change first, paged by
 * `from_updated_at` (strictly before, epoch seconds; `0` = newest) and `page_size` (≥ 2, default
 * 10); `address_id` picks one. Not agreed → `shipping_addresses_needs_agreement: true` and no
 * list. An app that does not use the `shipping_address` item at all → `-402` with
 * `required_scopes` (our choice; see docs/emulator-kapi.md).
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#get-shipping-address
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import type { ShippingAddress } from '../../model/types.js';
import { fail } from '../failure.js';
import { integerParam } from '../params.js';
import { userRoute } from '../route.js';
import { agreedScopeIds } from '../user/scope-list.js';

const SCOPE = 'shipping_address';

/** Our name for the `api_type` of the `-402` answer (Kakao's exact value is unknown). */
export const SHIPPING_ADDRESS_API_TYPE = 'USER_SHIPPING_ADDRESS';

/**
 * One address as Kakao writes it (`zip_code` only when the address has one).
 *
 * @example
 * ```ts
 * declare const user: TestUser;
 * addressJson(user.shippingAddresses[0]!); // { id: 301, name: '집', is_default: true, … }
 * ```
 */
export function addressJson(a: ShippingAddress): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    is_default: a.isDefault,
    updated_at: a.updatedAt,
    type: a.type,
    base_address: a.baseAddress,
    detail_address: a.detailAddress,
    receiver_name: a.receiverName,
    receiver_phone_number1: a.receiverPhoneNumber1,
    receiver_phone_number2: a.receiverPhoneNumber2,
    zone_number: a.zoneNumber,
    ...(a.zipCode === undefined ? {} : { zip_code: a.zipCode }),
  };
}

function selectAddresses(addresses: readonly ShippingAddress[], params: URLSearchParams): ShippingAddress[] {
  const addressId = integerParam(params, 'address_id', 0);
  const from = integerParam(params, 'from_updated_at', 0) ?? 0;
  const pageSize = integerParam(params, 'page_size', 2) ?? 10;
  return addresses
    .filter((a) => addressId === undefined || a.id === addressId)
    .filter((a) => from === 0 || a.updatedAt < from)
    .sort((x, y) => y.updatedAt - x.updatedAt || y.id - x.id)
    .slice(0, pageSize);
}

/** The route. */
export const shippingAddressRoute = userRoute(['GET'], '/v1/user/shipping_address', ({ params, caller }) => {
  const { app, link, user } = caller;
  const agreed = link.agreedScopes.has(SCOPE);
  if (!agreed && !app.consentItems.some((item) => item.id === SCOPE)) {
    fail(-402, 'insufficient scopes.', {
      extra: {
        api_type: SHIPPING_ADDRESS_API_TYPE,
        required_scopes: [SCOPE],
        allowed_scopes: agreedScopeIds(app, link),
      },
    });
  }
  const head = { user_id: jsonId(user.id), shipping_addresses_needs_agreement: !agreed };
  if (!agreed) return jsonResponse(head);
  const addresses = selectAddresses(user.shippingAddresses, params).map(addressJson);
  return jsonResponse({ ...head, shipping_addresses: addresses });
});
