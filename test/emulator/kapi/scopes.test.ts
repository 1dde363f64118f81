import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import {
  admin,
  expectKapiError,
  kapi,
  kapiEmulator,
  loginTokens,
  MINJUN,
  modelTokens,
  objectBody,
} from './kapi-helpers.js';

const SCOPES = '/v2/user/scopes';
const REVOKE = '/v2/user/revoke/scopes';

describe('GET /v2/user/scopes (spec §18)', () => {
  it('lists every configured item with using/agreed and revocable only when agreed', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(emulator, 'GET', SCOPES, { token: accessToken });
    const text = await response.text();
    expect(text).toMatch(new RegExp(`^\\{"id":${MINJUN},"scopes":\\[`));
    const json = await objectBody(new Response(text));
    expect(json.scopes.map((s: { id: string }) => s.id)).toEqual(
      DEFAULT_APP.consentItems.map((item) => item.id),
    );
    expect(json.scopes[0]).toEqual({
      id: 'profile_nickname',
      display_name: '닉네임',
      type: 'PRIVACY',
      using: true,
      agreed: true,
      revocable: false,
    });
    expect(json.scopes[2]).toMatchObject({ id: 'account_email', agreed: true, revocable: true });
    expect(json.scopes.at(-1)).toEqual({
      id: 'talk_message',
      display_name: '카카오톡 메시지 전송',
      type: 'SERVICE',
      using: true,
      agreed: false,
    });
  });

  it('filters with scopes=[…] and lists items the app no longer uses as using:false', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = modelTokens(emulator, MINJUN, ['account_email', 'friends']);
    const response = await kapi(
      emulator,
      'GET',
      SCOPES,
      { token: accessToken },
      { scopes: '["friends","account_email","nope"]' },
    );
    expect((await objectBody(response)).scopes).toEqual([
      {
        id: 'account_email',
        display_name: '카카오계정(이메일)',
        type: 'PRIVACY',
        using: true,
        agreed: true,
        revocable: true,
      },
      {
        id: 'friends',
        display_name: 'friends',
        type: 'PRIVACY',
        using: false,
        agreed: true,
        revocable: true,
      },
    ]);
  });

  it('answers admin calls and refuses a malformed scopes filter', async () => {
    const emulator = await kapiEmulator();
    await loginTokens(emulator);
    expect((await kapi(emulator, 'GET', SCOPES, admin(MINJUN))).status).toBe(200);
    await expectKapiError(
      await kapi(emulator, 'GET', SCOPES, admin(MINJUN), { scopes: 'account_email' }),
      400,
      -2,
      /scopes/,
    );
  });
});

describe('POST /v2/user/revoke/scopes (spec §19)', () => {
  it('revokes an optional agreed item and answers the updated list', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'POST',
      REVOKE,
      { token: accessToken },
      { scopes: '["account_email","gender"]' },
    );
    expect(response.status).toBe(200);
    const json = await objectBody(response);
    expect(json.id).toBe(BigInt(MINJUN));
    const byId = new Map(json.scopes.map((s: { id: string }) => [s.id, s]));
    expect(byId.get('account_email')).toEqual({
      id: 'account_email',
      display_name: '카카오계정(이메일)',
      type: 'PRIVACY',
      using: true,
      agreed: false,
    });
    expect(byId.get('gender')).toMatchObject({ agreed: false });
    expect(byId.get('name')).toMatchObject({ agreed: true });
  });

  it('403 -3 for a required item, with Kakao’s message; nothing changes', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const response = await kapi(
      emulator,
      'POST',
      REVOKE,
      { token: accessToken },
      { scopes: '["profile_nickname","account_email"]' },
    );
    await expectKapiError(
      response,
      403,
      -3,
      "[profile_nickname] is not revocable. check out if it's set as required on developers.kakao.com",
    );
    const list = await objectBody(
      await kapi(emulator, 'GET', SCOPES, { token: accessToken }, { scopes: '["account_email"]' }),
    );
    expect(list.scopes[0].agreed).toBe(true);
  });

  it('400 -2 for an unknown or not-agreed id, and for a missing list', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const call = (params: Record<string, string>) =>
      kapi(emulator, 'POST', REVOKE, { token: accessToken }, params);
    await expectKapiError(
      await call({ scopes: '["email"]' }),
      400,
      -2,
      'There is no scopes to revoke. check out if given scope id([email]) is correct again.',
    );
    await expectKapiError(await call({ scopes: '["talk_message"]' }), 400, -2, /talk_message/);
    await expectKapiError(await call({}), 400, -2, /scopes is required/);
    await expectKapiError(await call({ scopes: '[]' }), 400, -2, /scopes is required/);
  });

  it('works in admin mode', async () => {
    const emulator = await kapiEmulator();
    await loginTokens(emulator);
    const response = await kapi(emulator, 'POST', REVOKE, admin(MINJUN), { scopes: '["name"]' });
    const byId = new Map((await objectBody(response)).scopes.map((s: { id: string }) => [s.id, s]));
    expect(byId.get('name')).toMatchObject({ agreed: false });
  });
});
