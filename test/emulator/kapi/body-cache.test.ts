import { describe, expect, it } from 'vitest';
import { BODY_INPUTS } from '../../../src/emulator/kapi/user/body-cache.js';
import { SELECT_ALL } from '../../../src/emulator/kapi/user/selection.js';
import { userBodyJson } from '../../../src/emulator/kapi/user/user-body.js';
import { getLink } from '../../../src/emulator/model/lookup.js';
import { appConfig, type Emu, kapi, kapiEmulator, loginTokens, MINJUN } from './kapi-helpers.js';

const ME = '/v2/user/me';

/** The cached /v2/user/me must always equal a body rendered afresh from the current state. */
async function expectFresh(emulator: Emu, token: string, params: Record<string, string> = {}) {
  const response = await kapi(emulator, 'GET', ME, { token }, params);
  const app = emulator.state.apps[0]!;
  const user = emulator.state.users.get(MINJUN)!;
  const link = getLink(emulator.state, app.id, MINJUN)!;
  const secure = params.secure_resource === 'true';
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toBe(userBodyJson({ user, app, link, secure }, SELECT_ALL));
  return text;
}

/** A different value of the same kind (for fields the user has no value for: a plausible one). */
const SAMPLES: Record<string, unknown> = {
  name: '김민준',
  email: 'changed@example.com',
  ageRange: '20~29',
  birthyear: '1999',
  birthday: '0101',
  birthdayType: 'LUNAR',
  isLeapMonth: true,
  gender: 'female',
  phoneNumber: '+82 10-0000-0000',
  ci: 'c'.repeat(88),
  ciAuthenticatedAt: Date.UTC(2025, 0, 1),
  profileImageUrl: 'http://k.kakaocdn.net/changed_640.jpg',
  thumbnailImageUrl: 'http://k.kakaocdn.net/changed_110.jpg',
  synchedAt: Date.UTC(2025, 0, 2),
};

function changed(name: string, value: unknown): unknown {
  if (name === 'id' && typeof value === 'string') return `${BigInt(value) + 1n}`;
  if (typeof value === 'string') return `${value}-changed`;
  if (typeof value === 'number') return value + 86_400_000;
  if (typeof value === 'boolean') return !value;
  if (value === undefined) return SAMPLES[name] ?? 'changed';
  if (Array.isArray(value)) return [...value, value[0]];
  if (value instanceof Set) return new Set([...value, 'changed_scope']);
  if (value instanceof Map) return new Map([...value, ['changed', { agreedAt: 0, agreedBy: 'KAPI' }]]);
  return { ...(value as object), changed: 'yes' };
}

describe('/v2/user/me body cache: never stale', () => {
  for (const [kind, fields] of Object.entries(BODY_INPUTS)) {
    for (const name of Object.keys(fields)) {
      it(`follows a direct change of ${kind}.${name} in emulator.state, and its undo`, async () => {
        const emulator = await kapiEmulator({ config: appConfig({ autoLink: false }) });
        const { accessToken } = await loginTokens(emulator);
        const app = emulator.state.apps[0]!;
        const objects = {
          user: emulator.state.users.get(MINJUN)!,
          app,
          link: getLink(emulator.state, app.id, MINJUN)!,
        };
        const target = objects[kind as keyof typeof objects] as unknown as Record<string, unknown>;
        const before = await expectFresh(emulator, accessToken);
        const original = target[name];
        target[name] = changed(name, original);
        // Fields the body never reads may make the call fail (an app id); the rest must re-render.
        const response = await kapi(emulator, 'GET', ME, { token: accessToken });
        if (response.status === 200) await expectFresh(emulator, accessToken);
        target[name] = original;
        expect(await expectFresh(emulator, accessToken)).toBe(before);
      });
    }
  }

  it('follows in-place changes: agreed scopes, consent items, custom properties', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const app = emulator.state.apps[0]!;
    const link = getLink(emulator.state, app.id, MINJUN)!;
    const first = await expectFresh(emulator, accessToken);
    link.agreedScopes.delete('account_email');
    const revoked = await expectFresh(emulator, accessToken);
    expect(revoked).not.toBe(first);
    expect(revoked).toContain('"email_needs_agreement":true');
    const index = app.consentItems.findIndex((item) => item.id === 'account_email');
    const [item] = app.consentItems.splice(index, 1);
    expect(await expectFresh(emulator, accessToken)).not.toContain('email_needs_agreement');
    app.consentItems.splice(index, 0, item!);
    link.agreedScopes.add('account_email');
    expect(await expectFresh(emulator, accessToken)).toBe(first);
    link.properties.grade = 'gold';
    expect(await expectFresh(emulator, accessToken)).toContain('"grade":"gold"');
    emulator.state.users.get(MINJUN)!.nickname = '새이름';
    expect(await expectFresh(emulator, accessToken)).toContain('"nickname":"새이름"');
  });

  it('follows changes made through kapi routes and test controls', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const first = await expectFresh(emulator, accessToken);
    const revoke = await kapi(
      emulator,
      'POST',
      '/v2/user/revoke/scopes',
      { token: accessToken },
      { scopes: '["account_email"]' },
    );
    expect(revoke.status).toBe(200);
    expect(await expectFresh(emulator, accessToken)).not.toBe(first);
    const seed = await emulator.fetch(
      new Request(`${emulator.authUrl}/__emulator/seed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ users: [{ ...emulator.state.users.get(MINJUN)!, nickname: '시드' }] }),
      }),
    );
    expect(seed.status).toBe(200);
    expect(await expectFresh(emulator, accessToken)).toContain('"nickname":"시드"');
  });

  it('keeps variants apart: secure_resource and property_keys', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const plain = await expectFresh(emulator, accessToken);
    const secure = await expectFresh(emulator, accessToken, { secure_resource: 'true' });
    expect(secure).toContain('https://');
    expect(secure).not.toBe(plain);
    const picked = await kapi(emulator, 'GET', ME, { token: accessToken }, { property_keys: '["id"]' });
    expect(await picked.text()).toMatch(/^\{"id":\d+,"connected_at":"[^"]+","synched_at":"[^"]+"\}$/);
    expect(await expectFresh(emulator, accessToken)).toBe(plain);
  });
});
