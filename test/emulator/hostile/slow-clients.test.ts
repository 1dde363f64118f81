/**
 * The Node binding against clients that misbehave at the HTTP level: methods a web `Request`
 * cannot carry (405, not 500), and slow clients (headers or body trickling) cut off by the
 * listener's timeouts instead of Node's minutes-long defaults.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../../src/emulator/index.js';
import { testKey } from '../helpers.js';

let kakao: RunningEmulator;
let port: number;

beforeAll(async () => {
  kakao = await startEmulator({
    signingKeys: [await testKey()],
    timeouts: { headersMs: 500, requestMs: 1_000, keepAliveMs: 500 },
  });
  port = Number(new URL(kakao.authUrl).port);
});
afterAll(() => kakao.close());

/** Opens a socket, runs `drive`, and resolves with what the server sent and when it closed. */
function exchange(drive: (socket: Socket) => void): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (data) => {
      answer += data.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
    socket.on('connect', () => drive(socket));
    setTimeout(() => {
      socket.destroy();
      reject(new Error('the server kept the connection open for 15 s'));
    }, 15_000).unref();
  });
}

describe('methods the core cannot receive', () => {
  // Node's parser itself answers 400 to TRACK; TRACE reaches the listener.
  it.each([
    ['TRACE', /^HTTP\/1\.1 405 /],
    ['TRACK', /^HTTP\/1\.1 (400|405) /],
  ])('%s → not a 500, and the server keeps serving', async (method, expected) => {
    const { answer } = await exchange((socket) => {
      socket.end(`${method} /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    expect(answer).toMatch(expected);
    expect((await fetch(`${kakao.authUrl}/.well-known/jwks.json`)).status).toBe(200);
  });
});

describe('slow clients are cut off', () => {
  it('headers that never finish: closed after headersMs (well before Node’s 60 s)', async () => {
    const { closedAfterMs } = await exchange((socket) => {
      socket.write('GET /oauth/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 200);
      socket.on('close', () => clearInterval(drip));
    });
    expect(closedAfterMs).toBeLessThan(8_000);
  });

  it('a body that trickles: closed after requestMs', async () => {
    const { answer, closedAfterMs } = await exchange((socket) => {
      socket.write(
        'POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n',
      );
      const drip = setInterval(() => socket.writable && socket.write('a'), 100);
      socket.on('close', () => clearInterval(drip));
    });
    expect(closedAfterMs).toBeLessThan(8_000);
    expect(answer === '' || /^HTTP\/1\.1 408 /.test(answer)).toBe(true);
  });

  it('an idle keep-alive connection: closed after keepAliveMs', async () => {
    const { answer, closedAfterMs } = await exchange((socket) => {
      socket.write('GET /.well-known/jwks.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    // Node's default is 5 s; ours is 0.5 s (the margin is for a loaded machine).
    expect(closedAfterMs).toBeLessThan(4_000);
  });

  it('refuses bad timeouts with a TypeError naming the field', async () => {
    await expect(startEmulator({ timeouts: { headersMs: 0 } })).rejects.toThrow(/timeouts\.headersMs/);
    await expect(startEmulator({ timeouts: { headersMs: 5_000, requestMs: 1_000 } })).rejects.toThrow(
      /must not exceed/,
    );
  });
});
