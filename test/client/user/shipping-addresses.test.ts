import { describe, expect, it } from 'vitest';
import { getShippingAddresses, shippingAddressPages } from '../../../src/client/user/shipping-addresses.js';
import * as user from '../fixtures/user.js';
import { fakeFetch, testClient } from '../support/fake-fetch.js';

describe('getShippingAddresses (§17)', () => {
  it('sends paging parameters and returns string ids', async () => {
    const fake = fakeFetch(user.shipping);
    const page = await getShippingAddresses(testClient(fake), {
      accessToken: 't0ken',
      fromUpdatedAt: 0,
      pageSize: 2,
    });
    expect(fake.last().url.pathname).toBe('/v1/user/shipping_address');
    expect(Object.fromEntries(fake.last().url.searchParams)).toEqual({
      from_updated_at: '0',
      page_size: '2',
    });
    expect(page.user_id).toBe(user.BIG_ID);
    expect(page.shipping_addresses.map((a) => a.id)).toEqual(['301', '9007199254740993']);
    expect(page.shipping_addresses[0]).toMatchObject({ type: 'NEW', zone_number: '04524', is_default: true });
    expect(page.nextFromUpdatedAt).toBe(1716900000);
  });

  it('asks for one address by id', async () => {
    const fake = fakeFetch(user.shipping);
    await getShippingAddresses(testClient(fake), { accessToken: 't0ken', addressId: '301' });
    expect(fake.last().url.searchParams.get('address_id')).toBe('301');
  });

  it('gives an empty list when the user has not agreed', async () => {
    const page = await getShippingAddresses(testClient(fakeFetch(user.shippingNotAgreed)), {
      accessToken: 't0ken',
    });
    expect(page.shipping_addresses_needs_agreement).toBe(true);
    expect(page.shipping_addresses).toEqual([]);
    expect(page.nextFromUpdatedAt).toBeUndefined();
  });

  it('rejects a page size below 2', async () => {
    await expect(
      getShippingAddresses(testClient(fakeFetch()), { accessToken: 't', pageSize: 1 }),
    ).rejects.toThrow(TypeError);
  });

  it('pages from newest to oldest following updated_at', async () => {
    const fake = fakeFetch(user.shipping, user.shippingLast);
    const pages = [];
    for await (const page of shippingAddressPages(testClient(fake), { accessToken: 't0ken', pageSize: 2 }))
      pages.push(page);
    expect(pages).toHaveLength(2);
    expect(fake.requests[1]?.url.searchParams.get('from_updated_at')).toBe('1716900000');
    expect(pages[1]?.shipping_addresses.map((a) => a.id)).toEqual(['5']);
  });
});
