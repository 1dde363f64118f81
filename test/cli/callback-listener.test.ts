import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CallbackError, ConfigError, InterruptedError, LoginTimeoutError } from '../../src/cli/errors.js';
import { startCallbackListener } from '../../src/cli/login/callback-listener.js';
import { loopbackTarget } from '../../src/cli/login/loopback.js';

const start = (extra: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
  startCallbackListener({ redirectUri: 'http://127.0.0.1:0/callback', expectedState: 'st-123', ...extra });

describe('loopbackTarget', () => {
  it('accepts loopback http URIs only', () => {
    expect(loopbackTarget('http://127.0.0.1:8719/callback')).toMatchObject({
      port: 8719,
      path: '/callback',
      bindHosts: ['127.0.0.1'],
    });
    expect(loopbackTarget('http://[::1]:8719/cb').bindHosts).toEqual(['::1']);
    expect(loopbackTarget('http://localhost:3000/a').bindHosts).toEqual(['127.0.0.1', '::1']);
    expect(() => loopbackTarget('https://127.0.0.1/cb')).toThrow(/must use http:\/\//);
    expect(() => loopbackTarget('http://example.com/cb')).toThrow(/not on a loopback host/);
    expect(() => loopbackTarget('/callback')).toThrow(ConfigError);
  });
});

describe('startCallbackListener', () => {
  it('takes the code when state matches, and shows the success page the caller chooses', async () => {
    const listener = await start();
    try {
      const url = new URL(listener.redirectUri);
      expect(url.port).not.toBe('0');
      const other = await fetch(new URL('/favicon.ico', url));
      expect(other.status).toBe(404);
      const browser = fetch(`${listener.redirectUri}?code=the-code&state=st-123`);
      await expect(listener.result).resolves.toEqual({ code: 'the-code', state: 'st-123' });
      listener.finish(true, 'You are logged in.');
      const page = await browser;
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Logged in with Kakao');
      expect(html).not.toContain('the-code');
      const again = await fetch(`${listener.redirectUri}?code=x&state=st-123`);
      expect(again.status).toBe(410);
    } finally {
      await listener.close();
    }
  });

  it('answers a request without the right state (code or error) and keeps waiting for its own', async () => {
    const listener = await start();
    try {
      const stale = await fetch(`${listener.redirectUri}?code=c&state=forged`);
      expect(stale.status).toBe(400);
      expect(await stale.text()).toContain('was ignored');
      const forgedError = await fetch(`${listener.redirectUri}?error=access_denied&error_description=x`);
      expect(forgedError.status).toBe(400);
      const browser = fetch(`${listener.redirectUri}?code=the-code&state=st-123`);
      await expect(listener.result).resolves.toEqual({ code: 'the-code', state: 'st-123' });
      listener.finish(true, 'ok');
      expect((await browser).status).toBe(200);
    } finally {
      await listener.close();
    }
  });

  it('reports the redirect URI exactly as given (Kakao compares it as a string)', async () => {
    for (const given of ['http://127.0.0.1:PORT', 'http://LOCALHOST:PORT/Callback']) {
      const port = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as { port: number };
          probe.close(() => resolve(port));
        });
      });
      const redirectUri = given.replace('PORT', String(port));
      const listener = await startCallbackListener({ redirectUri, expectedState: 's' });
      try {
        expect(listener.redirectUri).toBe(redirectUri);
        void fetch(`http://127.0.0.1:${port}${new URL(redirectUri).pathname}?code=c&state=s`).catch(() => {});
        await expect(listener.result).resolves.toEqual({ code: 'c', state: 's' });
        listener.finish(true, 'ok');
      } finally {
        await listener.close();
      }
    }
  });

  it('turns an error redirect into a CallbackError', async () => {
    const listener = await start();
    try {
      void fetch(
        `${listener.redirectUri}?error=access_denied&error_description=User%20denied%20access&state=st-123`,
      ).catch(() => {});
      const err = await listener.result.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CallbackError);
      expect(err).toMatchObject({ error: 'access_denied', errorDescription: 'User denied access' });
    } finally {
      await listener.close();
    }
  });

  it('times out with LoginTimeoutError, and stops on abort with InterruptedError', async () => {
    const slow = await start({ timeoutMs: 50 });
    await expect(slow.result).rejects.toBeInstanceOf(LoginTimeoutError);
    await slow.close();
    const controller = new AbortController();
    const aborted = await start({ signal: controller.signal });
    controller.abort();
    await expect(aborted.result).rejects.toBeInstanceOf(InterruptedError);
    await aborted.close();
  });

  it('serves a localhost redirect URI on 127.0.0.1 (and ::1 when the machine has it)', async () => {
    const listener = await startCallbackListener({
      redirectUri: 'http://localhost:0/cb',
      expectedState: 's',
    });
    try {
      const port = new URL(listener.redirectUri).port;
      expect(listener.redirectUri).toBe(`http://localhost:${port}/cb`);
      void fetch(`http://127.0.0.1:${port}/cb?code=c&state=s`).catch(() => {});
      await expect(listener.result).resolves.toEqual({ code: 'c', state: 's' });
      listener.finish(true, 'ok');
    } finally {
      await listener.close();
    }
  });

  it('says when the port is taken', async () => {
    const first = await start();
    try {
      const port = new URL(first.redirectUri).port;
      await expect(
        startCallbackListener({ redirectUri: `http://127.0.0.1:${port}/callback`, expectedState: 's' }),
      ).rejects.toThrow(/already in use/);
    } finally {
      await first.close();
    }
  });
});
