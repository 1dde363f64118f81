import { describe, expect, it } from 'vitest';
import { getUsers } from '../../../src/client/admin/get-users.js';
import { listUserIdPages, listUserIds } from '../../../src/client/admin/list-user-ids.js';
import * as kapi from '../fixtures/kapi.js';
import * as user from '../fixtures/user.js';
import { fakeFetch, leakedSecrets, SECRETS, testClient } from '../support/fake-fetch.js';

const admin = { adminKey: SECRETS.adminKey };

describe('listUserIds (§14)', () => {
  it('sends KakaoAK and the paging parameters; ids come back exact', async () => {
    const fake = fakeFetch(user.userIdsPage1);
    const page = await listUserIds(testClient(fake, admin), {
      limit: 3,
      fromId: 1376016924426111111n,
      order: 'asc',
    });
    expect(fake.last().headers.get('authorization')).toBe(`KakaoAK ${SECRETS.adminKey}`);
    expect(Object.fromEntries(fake.last().url.searchParams)).toEqual({
      limit: '3',
      from_id: '1376016924426111111',
      order: 'asc',
    });
    expect(page.elements).toEqual(['1376016924426111111', '1376016924426222222', '1376016924426333333']);
    expect(page.before_url).toBeNull();
  });

  it('follows after_url against the configured apiUrl until it is null', async () => {
    const fake = fakeFetch(user.userIdsPage1, user.userIdsPage2);
    const kakao = testClient(fake, { ...admin, apiUrl: 'http://127.0.0.1:9001' });
    const ids: string[] = [];
    for await (const page of listUserIdPages(kakao, { limit: 3 })) ids.push(...page.elements);
    expect(ids).toHaveLength(4);
    expect(ids.at(-1)).toBe('1376016924426444444');
    const second = fake.requests[1];
    expect(second?.url.origin).toBe('http://127.0.0.1:9001');
    expect(second?.url.searchParams.get('from_id')).toBe('1376016924426333334');
    expect(second?.headers.get('authorization')).toBe(`KakaoAK ${SECRETS.adminKey}`);
  });

  it('stops when Kakao repeats the same after_url', async () => {
    const fake = fakeFetch(user.userIdsPage1);
    let pages = 0;
    for await (const _page of listUserIdPages(testClient(fake, admin))) pages++;
    expect(pages).toBe(2);
  });

  it('maps the 429 -10 quota error and exposes Retry-After (§14)', async () => {
    const kakao = testClient(fakeFetch(kapi.quotaExceeded), { ...admin, retry: false });
    await expect(listUserIds(kakao)).rejects.toMatchObject({ apiCode: -10, status: 429, retryAfterMs: 2000 });
  });

  it('needs the admin key and a valid limit', async () => {
    await expect(listUserIds(testClient(fakeFetch()))).rejects.toThrow(/adminKey/);
    await expect(listUserIds(testClient(fakeFetch(), admin), { limit: 101 })).rejects.toThrow(TypeError);
  });
});

describe('getUsers (§13)', () => {
  it.each([user.appUsersArray, user.appUsersElements])('accepts $spec', async (fixture) => {
    const users = await getUsers(testClient(fakeFetch(fixture), admin), { userIds: [user.BIG_ID] });
    expect(users[0]?.id).toBe(user.BIG_ID);
  });

  it('sends target_ids as a JSON array of numbers and property_keys as JSON', async () => {
    const fake = fakeFetch(user.appUsersArray);
    const users = await getUsers(testClient(fake, admin), {
      userIds: [user.BIG_ID, 1406264199n],
      propertyKeys: ['kakao_account.email'],
    });
    expect(Object.fromEntries(fake.last().url.searchParams)).toEqual({
      target_id_type: 'user_id',
      target_ids: `[${user.BIG_ID},1406264199]`,
      property_keys: '["kakao_account.email"]',
    });
    expect(users.map((u) => u.id)).toEqual([user.BIG_ID, '1406264199']);
  });

  it('enforces 100 ids, or 20 with propertyKeys, and at least one', async () => {
    const kakao = testClient(fakeFetch(user.appUsersArray), admin);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
    await expect(getUsers(kakao, { userIds: ids(100) })).resolves.toBeTruthy();
    await expect(getUsers(kakao, { userIds: ids(101) })).rejects.toThrow(TypeError);
    await expect(getUsers(kakao, { userIds: ids(21), propertyKeys: ['id'] })).rejects.toThrow(/1 to 20/);
    await expect(getUsers(kakao, { userIds: [] })).rejects.toThrow(TypeError);
  });

  it('rejects a body of neither shape', async () => {
    const fake = fakeFetch({ spec: '§13 (broken)', status: 200, body: { users: [] } });
    await expect(getUsers(testClient(fake, admin), { userIds: ['1'] })).rejects.toMatchObject({
      code: 'unexpected_body',
    });
  });

  it('never leaks the admin key', async () => {
    const error = await getUsers(testClient(fakeFetch(user.invalidAdminKey), admin), {
      userIds: ['1'],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ apiCode: -401 });
    expect(leakedSecrets(error)).toEqual([]);
  });
});
