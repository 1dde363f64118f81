import { describe, expect, it } from 'vitest';
import { kapiEmulator, loginTokens } from './kapi-helpers.js';

describe('kapi CORS (browser callers)', () => {
  it('answers a preflight for a known path', async () => {
    const emulator = await kapiEmulator();
    const response = await emulator.fetch(
      new Request(`${emulator.apiUrl}/v2/user/me`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:3000',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization');
  });

  it('adds Access-Control-Allow-Origin to answers and errors only for browser requests', async () => {
    const emulator = await kapiEmulator();
    const { accessToken } = await loginTokens(emulator);
    const url = `${emulator.apiUrl}/v2/user/me`;
    const browser = { origin: 'http://localhost:3000' };
    const ok = await emulator.fetch(
      new Request(url, { headers: { ...browser, authorization: `Bearer ${accessToken}` } }),
    );
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    const error = await emulator.fetch(new Request(url, { headers: browser }));
    expect(error.status).toBe(401);
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
    const server = await emulator.fetch(
      new Request(url, { headers: { authorization: `Bearer ${accessToken}` } }),
    );
    expect(server.headers.get('access-control-allow-origin')).toBeNull();
  });
});
