/**
 * The thin `node:http` binding: IncomingMessage → Request, Response → ServerResponse. An injected
 * dropped connection destroys the socket.
 *
 * @module
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { DroppedConnection } from '../faults.js';
import { knownBodyText } from '../http/json.js';
import { primeFormParams } from '../http/params.js';
import type { Emulator } from '../types.js';

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of [value].flat()) headers.append(name, item);
  }
  return headers;
}

/** Builds a web `Request` for a Node request received on the listener whose base URL is `base`. */
export async function toWebRequest(req: IncomingMessage, base: string): Promise<Request> {
  const url = new URL(req.url ?? '/', base);
  const body = await readBody(req);
  const request = new Request(url, {
    method: req.method ?? 'GET',
    headers: toHeaders(req),
    body: body ? new Uint8Array(body) : undefined,
  });
  if (body) primeFormParams(request, body.toString('utf8'));
  return request;
}

/** Writes a web `Response` to a Node response (all `Set-Cookie` headers kept). */
export async function writeWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const text = knownBodyText(response);
  const body = text === undefined ? Buffer.from(await response.arrayBuffer()) : Buffer.from(text, 'utf8');
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * A `node:http` request listener serving `emulator` for requests arriving at `base()`.
 *
 * @example
 * ```ts
 * const server = createServer(nodeListener(emulator, () => emulator.authUrl));
 * ```
 */
export function nodeListener(emulator: Emulator, base: () => string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      try {
        await writeWebResponse(res, await emulator.fetch(await toWebRequest(req, base())));
      } catch (error) {
        if (error instanceof DroppedConnection) {
          req.socket.destroy();
          return;
        }
        res.writeHead(500, { 'content-type': 'text/plain;charset=UTF-8' });
        res.end('emulator internal error');
      }
    })();
  };
}
