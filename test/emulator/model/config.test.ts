import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP, DEFAULT_USERS, resetState, seedState } from '../../../src/emulator/index.js';
import { normalizeApp, normalizeUser, normalizeUserId } from '../../../src/emulator/model/config.js';
import { createState } from '../../../src/emulator/model/state.js';
import { validate } from './schema-validator.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../schema/emulator-config.schema.json', import.meta.url), 'utf8'),
);

describe('emulator config', () => {
  it('the defaults validate against the JSON Schema', () => {
    expect(validate(schema, { apps: [DEFAULT_APP], users: DEFAULT_USERS })).toEqual([]);
  });

  it('the schema catches what normalizeApp/normalizeUser reject', () => {
    expect(validate(schema, { apps: [{ restApiKey: 'k' }] })).toContain('$.apps[0].adminKey: required');
    expect(validate(schema, { users: [{ id: 'x1', nickname: 'n' }] })).toHaveLength(1);
    expect(validate(schema, { users: [{ id: '1', nickname: 'n', gender: 'other' }] })).toEqual([
      '$.users[0].gender: not in enum',
    ]);
    expect(validate(schema, { apps: [], colour: 'red' })).toEqual(['$.colour: not allowed']);
    expect(() => normalizeApp({ restApiKey: 'k' } as never)).toThrow(/apps\[0\]\.adminKey/);
    expect(() => normalizeUser({ id: 'x1', nickname: 'n' })).toThrow(/users\[0\]\.id/);
    expect(() => normalizeUser({ id: '1', nickname: 'n', gender: 'other' as never })).toThrow(/gender/);
  });

  it('every field of a normalized app and user is described by the schema', () => {
    const appProps = Object.keys(schema.$defs.app.properties);
    const userProps = Object.keys(schema.$defs.user.properties);
    expect(
      Object.keys(normalizeApp({ restApiKey: 'k', adminKey: 'a' })).filter((k) => !appProps.includes(k)),
    ).toEqual([]);
    expect(Object.keys(normalizeUser(DEFAULT_USERS[0]!)).filter((k) => !userProps.includes(k))).toEqual([]);
  });

  it('fills app defaults: secret off, OIDC on, auto-link on, login on', () => {
    const app = normalizeApp({ restApiKey: 'k', adminKey: 'a' });
    expect(app).toMatchObject({
      clientSecret: { enabled: false },
      oidc: true,
      autoLink: true,
      loginEnabled: true,
      redirectUris: [],
    });
  });

  it('user ids: strings, safe integers and bigints; never a rounded number', () => {
    expect(normalizeUserId('1376016924426111111')).toBe('1376016924426111111');
    expect(normalizeUserId(1376016924426111111n)).toBe('1376016924426111111');
    expect(normalizeUserId(42)).toBe('42');
    expect(() => normalizeUserId(Number('1376016924426111111'))).toThrow(/2\^53/);
    expect(() => normalizeUserId('9223372036854775808')).toThrow(/64-bit/);
    expect(() => normalizeUserId('0')).toThrow(TypeError);
  });

  it('default users: ids above 2^53, realistic profiles, the first is the contract id', () => {
    expect(DEFAULT_USERS[0]!.id).toBe('1376016924426111111');
    for (const user of DEFAULT_USERS) expect(BigInt(user.id) > 2n ** 53n).toBe(true);
    expect(DEFAULT_USERS[0]).toMatchObject({
      name: '김민준',
      isEmailVerified: true,
      phoneNumber: '+82 010-2345-6789',
    });
    expect(DEFAULT_USERS[0]!.ci).toHaveLength(88);
  });

  it('config replaces defaults; seed upserts; reset returns to the config', () => {
    const state = createState({ config: { users: [{ id: '5', nickname: '오' }] } });
    expect([...state.users.keys()]).toEqual(['5']);
    expect(state.apps[0]!.restApiKey).toBe(DEFAULT_APP.restApiKey);
    seedState(state, {
      users: [{ id: '6', nickname: '육' }],
      apps: [{ restApiKey: DEFAULT_APP.restApiKey, adminKey: 'new' }],
    });
    expect(state.users.size).toBe(2);
    expect(state.apps).toHaveLength(1);
    expect(state.apps[0]!.adminKey).toBe('new');
    resetState(state);
    expect([...state.users.keys()]).toEqual(['5']);
    expect(state.apps[0]!.adminKey).toBe(DEFAULT_APP.adminKey);
  });

  it('a failing seed changes nothing', () => {
    const state = createState();
    expect(() =>
      seedState(state, {
        users: [
          { id: '7', nickname: 'ok' },
          { id: 'bad', nickname: 'x' },
        ],
      }),
    ).toThrow(TypeError);
    expect(state.users.has('7')).toBe(false);
  });

  it('DEFAULT_APP matches the TEAM contract', () => {
    expect(DEFAULT_APP).toMatchObject({
      id: 1234567,
      restApiKey: '4f2c1d7e9a8b6c5d3e2f1a0b9c8d7e6f',
      javascriptKey: '6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d',
      nativeAppKey: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b',
      adminKey: 'ad1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a',
      clientSecret: { enabled: false },
      oidc: true,
      redirectUris: ['http://127.0.0.1:8719/callback', 'http://localhost:3000/auth/kakao/callback'],
      logoutRedirectUris: ['http://127.0.0.1:8719/logout'],
    });
  });
});

describe('parseEmulatorConfig', () => {
  it('parses integer ids above 2^53 exactly and validates', async () => {
    const { parseEmulatorConfig } = await import('../../../src/emulator/index.js');
    const config = parseEmulatorConfig('{"users":[{"id":1376016924426999999,"nickname":"큰수"}]}');
    expect(normalizeUser(config.users![0]!).id).toBe('1376016924426999999');
    expect(() => parseEmulatorConfig('{"users":[{"id":"x","nickname":"n"}]}')).toThrow(/users\[0\]\.id/);
    expect(() => parseEmulatorConfig('[]')).toThrow(/JSON object/);
    expect(() => parseEmulatorConfig('{oops')).toThrow(/not valid JSON/);
    expect(() => parseEmulatorConfig('{"apps":{}}')).toThrow(/apps must be an array/);
  });
});
