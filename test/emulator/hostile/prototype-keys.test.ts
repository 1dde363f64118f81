/**
 * Request-controlled keys (`grant_type`, paths, methods, parameter names, JSON keys) never reach a
 * plain object's prototype: `constructor`, `__proto__`, `valueOf`, `hasOwnProperty`, `toString`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_KEY, DEFAULT_APP, DEFAULT_REST_API_KEY } from '../../../src/emulator/index.js';
import { autoCode, postForm, redeem, testEmulator } from '../helpers.js';

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'toString', 'isPrototypeOf'];

/** Nothing the emulator keeps secret appears in `text`. */
function expectNoSecret(text: string): void {
  expect(text).not.toContain(DEFAULT_ADMIN_KEY);
  expect(text).not.toContain('adminKey');
  expect(text).not.toContain('refreshTokens');
}

describe('prototype keys from the request', () => {
  it.each(PROTOTYPE_KEYS)(
    'POST /oauth/token grant_type=%s → 400 unsupported_grant_type KOE310',
    async (key) => {
      const emulator = await testEmulator();
      const response = await postForm(emulator, `${emulator.authUrl}/oauth/token`, {
        grant_type: key,
        client_id: DEFAULT_REST_API_KEY,
      });
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(JSON.parse(text)).toMatchObject({ error: 'unsupported_grant_type', error_code: 'KOE310' });
      expectNoSecret(text);
    },
  );

  it.each(PROTOTYPE_KEYS)(
    'method %s on a kauth, kapi and control path → 405 or 501, never 500',
    async (key) => {
      const emulator = await testEmulator();
      for (const path of ['/oauth/token', '/v2/user/me', '/__emulator/config']) {
        const url = path.startsWith('/v') ? `${emulator.apiUrl}${path}` : `${emulator.authUrl}${path}`;
        const response = await emulator.fetch(new Request(url, { method: key }));
        expect([405, 501]).toContain(response.status);
        expectNoSecret(await response.text());
      }
    },
  );

  it.each(PROTOTYPE_KEYS)('path /%s on each host → 404', async (key) => {
    const emulator = await testEmulator();
    for (const base of [emulator.authUrl, emulator.apiUrl, `${emulator.authUrl}/__emulator`]) {
      const response = await emulator.fetch(new Request(`${base}/${key}`));
      expect(response.status).toBe(404);
    }
  });

  it('parameter names are logged as plain keys, secrets still redacted', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    await redeem(
      emulator,
      await autoCode(emulator),
      Object.fromEntries([
        ['__proto__', 'x'],
        ['constructor', 'y'],
      ]),
    );
    const entry = emulator.state.log.at(-1)!;
    expect(Object.hasOwn(entry.params, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(entry.params, '__proto__')?.value).toBe('x');
    expect(entry.params.constructor).toBe('y');
    expect(entry.params.code).toBe('[redacted]');
  });

  it('properties={"__proto__":…} on update_profile is an unknown property (-201), not a crash', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const token = (await (await redeem(emulator, await autoCode(emulator))).json()).access_token;
    const response = await postForm(
      emulator,
      `${emulator.apiUrl}/v1/user/update_profile`,
      { properties: '{"__proto__":"x","constructor":"y"}' },
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe(-201);
    expect(DEFAULT_APP.propertyKeys).not.toContain('__proto__');
  });
});
