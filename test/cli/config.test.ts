import { describe, expect, it } from 'vitest';
import {
  DEFAULT_API_URL,
  DEFAULT_AUTH_URL,
  DEFAULT_REDIRECT_URI,
  resolveConfig,
} from '../../src/cli/config/settings.js';

describe('resolveConfig precedence: flag > env > .env > profile > default', () => {
  const layers = {
    flags: { 'rest-api-key': 'from-flag' },
    env: { KAKAO_REST_API_KEY: 'from-env', KAKAO_CLIENT_SECRET: 'secret-env', KAKAO_AUTH_URL: '' },
    dotenv: {
      KAKAO_REST_API_KEY: 'from-dotenv',
      KAKAO_CLIENT_SECRET: 'secret-dotenv',
      KAKAO_REDIRECT_URI: 'http://127.0.0.1:9/cb',
    },
    profile: { restApiKey: 'from-profile', redirectUri: 'http://127.0.0.1:1/p', adminKey: 'admin-profile' },
  };

  it('takes each setting from the highest layer that has it', () => {
    const { values, sources } = resolveConfig(layers);
    expect(values).toEqual({
      restApiKey: 'from-flag',
      clientSecret: 'secret-env',
      redirectUri: 'http://127.0.0.1:9/cb',
      authUrl: DEFAULT_AUTH_URL,
      apiUrl: DEFAULT_API_URL,
    });
    expect(sources).toEqual({
      restApiKey: 'flag',
      clientSecret: 'env',
      redirectUri: '.env',
      authUrl: 'default',
      apiUrl: 'default',
    });
  });

  it('falls through each layer in turn', () => {
    const noFlag = resolveConfig({ ...layers, flags: {} });
    expect(noFlag.values.restApiKey).toBe('from-env');
    const noEnv = resolveConfig({ ...layers, flags: {}, env: {} });
    expect(noEnv.values.restApiKey).toBe('from-dotenv');
    const onlyProfile = resolveConfig({ ...layers, flags: {}, env: {}, dotenv: {} });
    expect(onlyProfile.values.restApiKey).toBe('from-profile');
    expect(onlyProfile.values.redirectUri).toBe('http://127.0.0.1:1/p');
    expect(onlyProfile.values.adminKey).toBe('admin-profile');
    expect(onlyProfile.sources.adminKey).toBe('profile');
    const nothing = resolveConfig({ flags: {}, env: {}, dotenv: {}, profile: {} });
    expect(nothing.values.restApiKey).toBeUndefined();
    expect(nothing.values.redirectUri).toBe(DEFAULT_REDIRECT_URI);
  });
});

describe('a profile belongs to the key it holds', () => {
  const emulatorProfile = {
    restApiKey: 'emulator-key',
    authUrl: 'http://127.0.0.1:4000',
    apiUrl: 'http://127.0.0.1:4000',
    redirectUri: 'http://127.0.0.1:1/p',
  };

  it("is not used at all when the key comes from the environment (its emulator URLs don't win)", () => {
    const { values, sources } = resolveConfig({
      flags: {},
      env: { KAKAO_REST_API_KEY: 'real-key' },
      dotenv: {},
      profile: emulatorProfile,
    });
    expect(values).toEqual({
      restApiKey: 'real-key',
      redirectUri: DEFAULT_REDIRECT_URI,
      authUrl: DEFAULT_AUTH_URL,
      apiUrl: DEFAULT_API_URL,
    });
    expect(Object.values(sources)).not.toContain('profile');
  });

  it('is not even read then (a corrupt one cannot block the command)', () => {
    const read = () => {
      throw new Error('corrupt profile read');
    };
    expect(
      resolveConfig({ flags: { 'rest-api-key': 'k' }, env: {}, dotenv: {}, profile: read }).values.restApiKey,
    ).toBe('k');
    expect(() => resolveConfig({ flags: {}, env: {}, dotenv: {}, profile: read })).toThrow(/corrupt/);
  });

  it('is used whole when it holds the key', () => {
    const { values } = resolveConfig({ flags: {}, env: {}, dotenv: {}, profile: emulatorProfile });
    expect(values.authUrl).toBe('http://127.0.0.1:4000');
    expect(values.restApiKey).toBe('emulator-key');
  });
});
