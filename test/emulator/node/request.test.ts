import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { toWebRequest } from '../../../src/emulator/node/binding.js';

/** The web `Request` the binding builds for one real Node request with these raw headers. */
async function bindingRequest(path: string, headers: [string, string][]): Promise<Request> {
  let received: Promise<Request> | undefined;
  const server = createServer((req: IncomingMessage, res) => {
    received = toWebRequest(req, 'http://127.0.0.1:1');
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await new Promise<void>((resolve, reject) => {
      const sent = httpRequest(
        { host: '127.0.0.1', port, path, headers: Object.fromEntries(headers) },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      sent.on('error', reject);
      sent.end();
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return received!;
}

const RAW: [string, string][] = [
  ['X-Repeated', ' one '],
  ['Authorization', 'Bearer abc'],
];

describe("the Node binding's Request reads like any web Request", () => {
  it('has the standard url and headers (get, has, iteration, forEach, changes)', async () => {
    const request = await bindingRequest('/v2/user/me?secure_resource=true', RAW);
    const reference = new Headers(RAW);
    expect(request.url).toBe('http://127.0.0.1:1/v2/user/me?secure_resource=true');
    expect(request.headers).toBeInstanceOf(Headers);
    expect(request.headers).toBe(request.headers);
    expect(request.headers.get('AUTHORIZATION')).toBe('Bearer abc');
    expect(request.headers.get('x-repeated')).toBe('one');
    expect(request.headers.has('x-missing')).toBe(false);
    const own = Object.fromEntries([...request.headers].filter(([name]) => reference.has(name)));
    expect(own).toEqual(Object.fromEntries(reference));
    const seen: string[] = [];
    request.headers.forEach((_value, name) => {
      seen.push(name);
    });
    expect(seen).toContain('authorization');
    request.headers.set('authorization', 'Bearer changed');
    expect(request.headers.get('authorization')).toBe('Bearer changed');
  });

  it('keeps its headers when the full Request is built (a route reads the body)', async () => {
    const request = await bindingRequest('/x', RAW);
    const headers = request.headers;
    await request.text();
    expect(headers.get('authorization')).toBe('Bearer abc');
    expect(request.headers.get('authorization')).toBe('Bearer abc');
  });
});
