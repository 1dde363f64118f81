import { describe, expect, it } from 'vitest';
import { slicePage } from '../../../src/emulator/kapi/routes/user-ids.js';
import {
  admin,
  body,
  expectKapiError,
  HAEUN,
  JIHO,
  kapi,
  kapiEmulator,
  MINJUN,
  modelTokens,
  objectBody,
  SEOYEON,
} from './kapi-helpers.js';

const USERS = '/v2/app/users';
const IDS = '/v1/user/ids';
const REST_KEY = '4f2c1d7e9a8b6c5d3e2f1a0b9c8d7e6f';

async function linkedEmulator(options = {}) {
  const emulator = await kapiEmulator(options);
  for (const id of [HAEUN, MINJUN, JIHO, SEOYEON])
    modelTokens(emulator, id, ['profile_nickname', 'account_email']);
  return emulator;
}

describe('GET /v2/app/users (spec §13)', () => {
  it('answers a bare array of id, connected_at by default, ids exact', async () => {
    const emulator = await linkedEmulator();
    const response = await kapi(emulator, 'GET', USERS, admin(), {
      target_id_type: 'user_id',
      target_ids: `[${MINJUN},${SEOYEON}]`,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      `[{"id":${MINJUN},"connected_at":"2026-01-15T03:00:00Z"},{"id":${SEOYEON},"connected_at":"2026-01-15T03:00:00Z"}]`,
    );
  });

  it('adds selected fields with property_keys, and accepts ids as strings', async () => {
    const emulator = await linkedEmulator();
    const response = await kapi(emulator, 'POST', USERS, admin(), {
      target_id_type: 'user_id',
      target_ids: `["${JIHO}"]`,
      property_keys: '["kakao_account.email"]',
    });
    expect(await body(response)).toEqual([
      {
        id: BigInt(JIHO),
        connected_at: '2026-01-15T03:00:00Z',
        kakao_account: {
          email_needs_agreement: false,
          is_email_valid: true,
          is_email_verified: false,
          email: 'jiho.park@example.org',
        },
      },
    ]);
  });

  it('leaves out unknown and unlinked ids', async () => {
    const emulator = await kapiEmulator();
    modelTokens(emulator, MINJUN, ['profile_nickname']);
    const response = await kapi(emulator, 'GET', USERS, admin(), {
      target_id_type: 'user_id',
      target_ids: `[${SEOYEON},42,${MINJUN}]`,
    });
    expect(((await body(response)) as { id: bigint }[]).map((u) => u.id)).toEqual([BigInt(MINJUN)]);
  });

  it('refuses missing/malformed target_ids or target_id_type, and too many ids', async () => {
    const emulator = await linkedEmulator();
    const call = (params: Record<string, string>) => kapi(emulator, 'GET', USERS, admin(), params);
    await expectKapiError(await call({ target_ids: `[${MINJUN}]` }), 400, -2, /target_id_type/);
    await expectKapiError(await call({ target_id_type: 'user_id' }), 400, -2, /target_ids/);
    await expectKapiError(await call({ target_id_type: 'user_id', target_ids: '[]' }), 400, -2, /target_ids/);
    await expectKapiError(
      await call({ target_id_type: 'user_id', target_ids: '[1.5]' }),
      400,
      -2,
      /target_ids/,
    );
    await expectKapiError(
      await call({ target_id_type: 'user_id', target_ids: 'nope' }),
      400,
      -2,
      /target_ids/,
    );
    const many = (n: number) => `[${Array.from({ length: n }, (_, i) => 1_000_000 + i).join(',')}]`;
    expect((await call({ target_id_type: 'user_id', target_ids: many(100) })).status).toBe(200);
    await expectKapiError(
      await call({ target_id_type: 'user_id', target_ids: many(101) }),
      400,
      -2,
      /at most 100/,
    );
    const keys = { target_id_type: 'user_id', property_keys: '["kakao_account.email"]' };
    expect((await call({ ...keys, target_ids: many(20) })).status).toBe(200);
    await expectKapiError(await call({ ...keys, target_ids: many(21) }), 400, -2, /at most 20/);
  });
});

describe('GET /v1/user/ids (spec §14)', () => {
  it('lists linked ids ascending with null URLs on a single page', async () => {
    const emulator = await linkedEmulator();
    const response = await kapi(emulator, 'GET', IDS, admin());
    expect(await response.text()).toBe(
      `{"elements":[${MINJUN},${SEOYEON},${JIHO},${HAEUN}],"before_url":null,"after_url":null}`,
    );
  });

  it('pages with limit, and after_url/before_url follow without repeating', async () => {
    const emulator = await linkedEmulator();
    const first = await objectBody(await kapi(emulator, 'GET', IDS, admin(), { limit: '2' }));
    expect(first.elements).toEqual([BigInt(MINJUN), BigInt(SEOYEON)]);
    expect(first.before_url).toBeNull();
    expect(first.after_url).toBe(
      `http://kapi.emulator.invalid/v1/user/ids?limit=2&order=asc&from_id=${JIHO}&app_key=${REST_KEY}`,
    );
    const next = new URL(first.after_url).searchParams;
    const second = await objectBody(await kapi(emulator, 'GET', IDS, admin(), Object.fromEntries(next)));
    expect(second.elements).toEqual([BigInt(JIHO), BigInt(HAEUN)]);
    expect(second.after_url).toBeNull();
    expect(second.before_url).toBe(
      `http://kapi.emulator.invalid/v1/user/ids?limit=2&order=desc&from_id=${SEOYEON}&app_key=${REST_KEY}`,
    );
    const back = new URL(second.before_url).searchParams;
    const previous = await objectBody(await kapi(emulator, 'GET', IDS, admin(), Object.fromEntries(back)));
    expect(previous.elements).toEqual([BigInt(SEOYEON), BigInt(MINJUN)]);
  });

  it('honours from_id (inclusive) and order=desc', async () => {
    const emulator = await linkedEmulator();
    const desc = await objectBody(
      await kapi(emulator, 'GET', IDS, admin(), { order: 'desc', from_id: JIHO }),
    );
    expect(desc.elements).toEqual([BigInt(JIHO), BigInt(SEOYEON), BigInt(MINJUN)]);
    expect(desc.before_url).toContain(`order=asc&from_id=${HAEUN}`);
    const asc = await objectBody(await kapi(emulator, 'GET', IDS, admin(), { from_id: SEOYEON }));
    expect(asc.elements).toEqual([BigInt(SEOYEON), BigInt(JIHO), BigInt(HAEUN)]);
  });

  it('an empty app answers an empty page', async () => {
    const emulator = await kapiEmulator();
    expect(await (await kapi(emulator, 'GET', IDS, admin())).text()).toBe(
      '{"elements":[],"before_url":null,"after_url":null}',
    );
  });

  it('refuses bad limit, order and from_id with -2', async () => {
    const emulator = await linkedEmulator();
    const bad: Record<string, string>[] = [
      { limit: '0' },
      { limit: '101' },
      { limit: 'ten' },
      { order: 'up' },
      { from_id: 'x' },
    ];
    for (const params of bad) {
      await expectKapiError(await kapi(emulator, 'GET', IDS, admin(), params), 400, -2);
    }
  });

  it('answers 429 -10 after 100 calls a minute when rate limits are on', async () => {
    const emulator = await linkedEmulator({ settings: { rateLimits: true } });
    for (let i = 0; i < 100; i += 1) expect((await kapi(emulator, 'GET', IDS, admin())).status).toBe(200);
    await expectKapiError(
      await kapi(emulator, 'GET', IDS, admin()),
      429,
      -10,
      'API limit has been exceeded.',
    );
    emulator.state.clock.advance(60_001);
    expect((await kapi(emulator, 'GET', IDS, admin())).status).toBe(200);
  });

  it('never limits while rate limits are off', async () => {
    const emulator = await linkedEmulator();
    for (let i = 0; i < 120; i += 1) expect((await kapi(emulator, 'GET', IDS, admin())).status).toBe(200);
  });
});

describe('slicePage', () => {
  const ids = ['1', '2', '3', '4', '5'];

  it('starts at the first id not before from_id, in the given order', () => {
    expect(slicePage(ids, '3', 2, 'asc')).toEqual({ page: ['3', '4'], before: '2', after: '5' });
    expect(slicePage([...ids].reverse(), '3', 2, 'desc')).toEqual({
      page: ['3', '2'],
      before: '4',
      after: '1',
    });
    expect(slicePage(ids, '9', 2, 'asc')).toEqual({ page: [], before: '5', after: undefined });
  });
});
