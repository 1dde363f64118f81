/**
 * The test controls trust only loopback callers: a foreign `Host` (DNS rebinding), a cross-site
 * page (`Origin`, `Sec-Fetch-Site`) and a non-JSON body are refused; the pages carry security
 * headers.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_KEY, startEmulator } from '../../../src/emulator/index.js';
import { authorizeUrl, get, testEmulator, testKey } from '../helpers.js';

type Emu = Awaited<ReturnType<typeof testEmulator>>;

function control(emulator: Emu, path: string, init: RequestInit = {}) {
  return emulator.fetch(new Request(`${emulator.authUrl}/__emulator${path}`, init));
}

describe('who may call /__emulator', () => {
  it('refuses a foreign Host (DNS rebinding) without leaking the admin key', async () => {
    const emulator = await testEmulator();
    for (const host of ['evil.example', 'evil.example:8080', '127.0.0.1.evil.example', '']) {
      const response = await control(emulator, '/config', { headers: { host } });
      const text = await response.text();
      expect(response.status, host).toBe(403);
      expect(text).not.toContain(DEFAULT_ADMIN_KEY);
      expect(JSON.parse(text).error).toContain('loopback');
    }
  });

  it('accepts loopback hosts and configured ones', async () => {
    const emulator = await testEmulator({ controlHosts: ['emulator.test'] });
    for (const host of ['localhost', '127.0.0.1:8719', '[::1]:80', 'app.localhost', 'emulator.test']) {
      expect((await control(emulator, '/config', { headers: { host } })).status, host).toBe(200);
    }
  });

  it('refuses cross-site pages (Origin, Sec-Fetch-Site) and allows loopback origins', async () => {
    const emulator = await testEmulator();
    const post = (headers: Record<string, string>) =>
      control(emulator, '/reset', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
    expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ origin: 'null' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ origin: 'http://localhost:3000' })).status).toBe(200);
    expect((await post({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a non-JSON body (a cross-site form posts text/plain) with 415', async () => {
    const emulator = await testEmulator();
    emulator.state.settings.rateLimits = true;
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await control(emulator, '/reset', {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{}',
      });
      expect(response.status, type).toBe(415);
    }
    expect(emulator.state.settings.rateLimits).toBe(true);
    expect((await control(emulator, '/reset', { method: 'POST' })).status).toBe(200);
    const json = await control(emulator, '/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{}',
    });
    expect(json.status).toBe(200);
  });

  it('refuses a foreign Host over a real socket', async () => {
    const kakao = await startEmulator({ signingKeys: [await testKey()] });
    try {
      const port = new URL(kakao.authUrl).port;
      const { request } = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        request(
          {
            host: '127.0.0.1',
            port,
            path: '/__emulator/config',
            headers: { host: `rebound.example:${port}` },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        )
          .on('error', reject)
          .end();
      });
      expect(status).toBe(403);
      expect((await fetch(`${kakao.authUrl}/__emulator/config`)).status).toBe(200);
    } finally {
      await kakao.close();
    }
  });
});

describe('page security headers', () => {
  it('the sign-in and error pages forbid framing, sniffing and scripts', async () => {
    const emulator = await testEmulator();
    for (const url of [authorizeUrl(emulator), authorizeUrl(emulator, { redirect_uri: 'http://evil/cb' })]) {
      const response = await get(emulator, url);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'none'");
    }
  });
});
