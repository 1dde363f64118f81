/**
 * Node request/response ↔ web `Request`/`Response`, for Express 5.
 *
 * @module
 */
import { Readable } from 'node:stream';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';

/**
 * The web `Request` of an Express request: the full URL (`originalUrl`, so mounting does not
 * change it; scheme and host as Express reports them, so behind a proxy with `trust proxy` set
 * they are `X-Forwarded-Proto` and `X-Forwarded-Host`), headers, and the body — the raw stream, or
 * the form again when a body parser already read it.
 *
 * @throws TypeError when the host the request names does not make a URL (a malformed `Host`).
 * @example
 * ```ts
 * declare const req: import('express').Request;
 * const request = toWebRequest(req);
 * ```
 */
export function toWebRequest(req: ExpressRequest): Request {
  const url = `${req.protocol}://${req.host ?? 'localhost'}${req.originalUrl}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  if (req.method === 'GET' || req.method === 'HEAD') return new Request(url, { method: req.method, headers });
  return new Request(url, { method: req.method, headers, ...bodyOf(req, headers) });
}

function bodyOf(req: ExpressRequest, headers: Headers): RequestInit & { duplex?: 'half' } {
  const parsed: unknown = req.body;
  if (parsed !== undefined && parsed !== null && typeof parsed === 'object' && !req.readable) {
    headers.delete('content-length');
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') form.set(name, value);
    return { body: form };
  }
  return { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' };
}

/**
 * Writes a web `Response` to an Express response (every `Set-Cookie` kept).
 *
 * @example
 * ```ts
 * declare const res: import('express').Response;
 * await sendWebResponse(res, new Response('ok'));
 * ```
 */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status);
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(Buffer.from(await response.arrayBuffer()));
}
