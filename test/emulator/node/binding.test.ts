import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REST_API_KEY, type RunningEmulator, startEmulator } from '../../../src/emulator/index.js';
import { testKey } from '../helpers.js';

let kakao: RunningEmulator;
beforeAll(async () => {
  kakao = await startEmulator({ signingKeys: [await testKey()] });
});
afterAll(() => kakao.close());

/** Sends raw bytes in `parts` (with a pause between them) and resolves with the raw answer. */
function rawRequest(parts: string[]): Promise<string> {
  const { port } = new URL(kakao.authUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', async () => {
      for (const part of parts) {
        socket.write(part);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
      const [headers = '', ...rest] = answer.split('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(headers)?.[1] ?? Number.NaN);
      if (Buffer.byteLength(rest.join('\r\n\r\n')) >= length || answer.endsWith('\r\n0\r\n\r\n')) {
        socket.end();
        resolve(answer);
      }
    });
    socket.on('error', reject);
  });
}

const body = `grant_type=authorization_code&client_id=${DEFAULT_REST_API_KEY}&redirect_uri=x&code=nope`;
const head = 'POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n';

describe('the node:http binding reads form bodies however they arrive', () => {
  // KOE320 (unknown code) proves client_id, redirect_uri and code were all read from the body.
  const cases: Record<string, string[]> = {
    'one packet': [`${head}Content-Length: ${body.length}\r\n\r\n${body}`],
    'body split in two': [
      `${head}Content-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
      body.slice(20),
    ],
    'headers first, then body': [`${head}Content-Length: ${body.length}\r\n\r\n`, body],
    chunked: [
      `${head}Transfer-Encoding: chunked\r\n\r\n${(30).toString(16)}\r\n${body.slice(0, 30)}\r\n`,
      `${(body.length - 30).toString(16)}\r\n${body.slice(30)}\r\n0\r\n\r\n`,
    ],
  };
  for (const [name, parts] of Object.entries(cases)) {
    it(name, async () => {
      const answer = await rawRequest(parts);
      expect(answer.startsWith('HTTP/1.1 400')).toBe(true);
      expect(answer).toContain('"error_code":"KOE320"');
      expect(answer).toMatch(/content-length: \d+/i);
    });
  }

  it('answers a method the Fetch standard forbids (TRACE) with 405, an unknown one with 405', async () => {
    expect(await rawRequest(['TRACE /oauth/token HTTP/1.1\r\nHost: x\r\n\r\n'])).toMatch(/^HTTP\/1\.1 405/);
    const response = await fetch(`${kakao.authUrl}/oauth/token`, { method: 'PATCH' });
    expect(response.status).toBe(405);
  });
});
