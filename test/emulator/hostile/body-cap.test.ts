/**
 * The request body cap: 413 above `maxBodyBytes`, enforced while reading (in-process and over a
 * socket, where the rest of a large body is never read), and request-log values cut.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REST_API_KEY, startEmulator } from '../../../src/emulator/index.js';
import { autoCode, postForm, redeem, testEmulator, testKey } from '../helpers.js';

/** A body stream of `total` bytes in 64 KiB chunks, counting how many chunks were pulled. */
function countingStream(total: number) {
  const chunk = new Uint8Array(65_536).fill(0x61);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, sent: () => sent };
}

/** Sends raw bytes to a port; resolves with everything the server wrote before closing. */
function rawExchange(port: number, head: string, body: Buffer = Buffer.alloc(0)): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (data) => {
      answer += data.toString('latin1');
    });
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.write(head);
    if (body.length > 0) socket.write(body);
    setTimeout(() => reject(new Error(`no close within 10 s; got ${answer.slice(0, 200)}`)), 10_000).unref();
  });
}

describe('request body cap (in-process)', () => {
  it('answers 413 above the cap and reads no further than the cap', async () => {
    const emulator = await testEmulator({ maxBodyBytes: 100_000 });
    const { stream, sent } = countingStream(50 * 1_048_576);
    const response = await emulator.fetch(
      new Request(`${emulator.authUrl}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error_description).toContain('100000 bytes');
    expect(sent()).toBeLessThan(10 * 65_536);
  });

  it('refuses a declared Content-Length above the cap at once, on every host', async () => {
    const emulator = await testEmulator();
    const big = 'a'.repeat(1_048_577);
    for (const url of [
      `${emulator.authUrl}/oauth/token`,
      `${emulator.apiUrl}/v1/user/logout`,
      `${emulator.authUrl}/__emulator/seed`,
    ]) {
      const response = await emulator.fetch(
        new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big }),
      );
      expect(response.status).toBe(413);
    }
  });

  it('accepts a body at the cap', async () => {
    const emulator = await testEmulator({ autoLogin: true, maxBodyBytes: 4096 });
    const code = await autoCode(emulator);
    const response = await redeem(emulator, code, { pad: 'x'.repeat(3000) });
    expect(response.status).toBe(200);
  });

  it('refuses a bad maxBodyBytes option with a TypeError naming it', async () => {
    await expect(testEmulator({ maxBodyBytes: 0 })).rejects.toThrow(
      /maxBodyBytes must be a positive integer/,
    );
  });

  it('cuts long values in the request log', async () => {
    const emulator = await testEmulator();
    await postForm(emulator, `${emulator.authUrl}/oauth/token`, {
      grant_type: 'authorization_code',
      client_id: DEFAULT_REST_API_KEY,
      state: 's'.repeat(500_000),
    });
    const entry = emulator.state.log.at(-1)!;
    expect(entry.params.state!.length).toBeLessThan(400);
    expect(entry.params.state).toContain('[500000 chars]');
  });
});

describe('request body cap (Node binding)', () => {
  it('answers 413 to a declared 50 MB body without reading it, and closes the connection', async () => {
    const kakao = await startEmulator({ signingKeys: [await testKey()] });
    try {
      const port = Number(new URL(kakao.authUrl).port);
      const started = Date.now();
      const answer = await rawExchange(
        port,
        'POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 52428800\r\n\r\n',
        Buffer.alloc(1024, 0x61),
      );
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.toLowerCase()).toContain('connection: close');
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      await kakao.close();
    }
  });

  it('stops reading a chunked body as soon as it passes the cap', async () => {
    const kakao = await startEmulator({ signingKeys: [await testKey()], maxBodyBytes: 10_000 });
    try {
      const port = Number(new URL(kakao.authUrl).port);
      const chunk = `4000\r\n${'a'.repeat(0x4000)}\r\n`;
      const answer = await rawExchange(
        port,
        'POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n',
        Buffer.from(chunk.repeat(4)),
      );
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      const ok = await fetch(`${kakao.authUrl}/.well-known/jwks.json`);
      expect(ok.status).toBe(200);
    } finally {
      await kakao.close();
    }
  });
});
