import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import type { ShippingAddress } from '../../../src/emulator/model/types.js';
import {
  admin,
  appConfig,
  body,
  expectKapiError,
  JIHO,
  kapi,
  kapiEmulator,
  loginTokens,
  MINJUN,
  modelTokens,
  objectBody,
} from './kapi-helpers.js';

const PATH = '/v1/user/shipping_address';

function address(id: number, updatedAt: number): ShippingAddress {
  return {
    id,
    name: `주소 ${id}`,
    isDefault: id === 1,
    updatedAt,
    type: 'NEW',
    baseAddress: '서울특별시 중구 세종대로 110',
    detailAddress: `${id}호`,
    receiverName: '테스트',
    receiverPhoneNumber1: '010-0000-0000',
    receiverPhoneNumber2: '',
    zoneNumber: '04524',
  };
}

const FIVE = [address(1, 1000), address(2, 5000), address(3, 3000), address(4, 4000), address(5, 2000)];

describe('GET /v1/user/shipping_address (spec §17)', () => {
  it('lists the addresses newest first with Kakao’s field names', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator, { scope: 'shipping_address' });
    const response = await kapi(emulator, 'GET', PATH, { token: accessToken });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(new RegExp(`^\\{"user_id":${MINJUN},"shipping_addresses_needs_agreement":false,`));
    const json = (await body(new Response(text))) as { shipping_addresses: Record<string, unknown>[] };
    expect(json.shipping_addresses.map((a) => a.id)).toEqual([301, 302]);
    expect(json.shipping_addresses[0]).toEqual({
      id: 301,
      name: '집',
      is_default: true,
      updated_at: 1716960000,
      type: 'NEW',
      base_address: '서울특별시 마포구 월드컵북로 396',
      detail_address: '101동 1203호',
      receiver_name: '김민준',
      receiver_phone_number1: '010-2345-6789',
      receiver_phone_number2: '',
      zone_number: '03925',
    });
    expect(json.shipping_addresses[1]).toMatchObject({ type: 'OLD', zip_code: '463-400' });
  });

  it('not agreed → needs_agreement true and no list', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(emulator, 'GET', PATH, { token: accessToken });
    expect(await response.text()).toBe(`{"user_id":${MINJUN},"shipping_addresses_needs_agreement":true}`);
  });

  it('an app without the shipping_address item → 403 -402 with required_scopes', async () => {
    const items = DEFAULT_APP.consentItems.filter((item) => item.id !== 'shipping_address');
    const emulator = await kapiEmulator({ config: appConfig({ consentItems: items }) });
    const { accessToken } = modelTokens(emulator, MINJUN, ['profile_nickname', 'account_email']);
    const json = await expectKapiError(await kapi(emulator, 'GET', PATH, { token: accessToken }), 403, -402);
    expect(json).toEqual({
      msg: 'insufficient scopes.',
      code: -402,
      api_type: 'USER_SHIPPING_ADDRESS',
      required_scopes: ['shipping_address'],
      allowed_scopes: ['profile_nickname', 'account_email'],
    });
  });

  it('pages by from_updated_at (strictly before) and page_size', async () => {
    const emulator = await kapiEmulator({
      config: { users: [{ id: JIHO, nickname: '지호', shippingAddresses: FIVE }] },
    });
    const { accessToken } = modelTokens(emulator, JIHO, ['shipping_address']);
    const page = async (params: Record<string, string>) =>
      (
        await objectBody(await kapi(emulator, 'GET', PATH, { token: accessToken }, params))
      ).shipping_addresses.map((a: { id: number }) => a.id);
    expect(await page({})).toEqual([2, 4, 3, 5, 1]);
    expect(await page({ page_size: '2' })).toEqual([2, 4]);
    expect(await page({ page_size: '2', from_updated_at: '4000' })).toEqual([3, 5]);
    expect(await page({ page_size: '2', from_updated_at: '2000' })).toEqual([1]);
    expect(await page({ from_updated_at: '0' })).toEqual([2, 4, 3, 5, 1]);
    expect(await page({ address_id: '3' })).toEqual([3]);
    expect(await page({ address_id: '99' })).toEqual([]);
  });

  it('-2 for page_size below 2 or a non-numeric cursor', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator, { scope: 'shipping_address' });
    const call = (params: Record<string, string>) =>
      kapi(emulator, 'GET', PATH, { token: accessToken }, params);
    await expectKapiError(await call({ page_size: '1' }), 400, -2, /page_size/);
    await expectKapiError(await call({ from_updated_at: 'yesterday' }), 400, -2, /from_updated_at/);
  });

  it('answers admin calls for the target user', async () => {
    const emulator = await kapiEmulator();
    await loginTokens(emulator, { scope: 'shipping_address' });
    const json = await objectBody(await kapi(emulator, 'GET', PATH, admin(MINJUN)));
    expect(json.user_id).toBe(BigInt(MINJUN));
    expect(json.shipping_addresses).toHaveLength(2);
  });
});
