/**
 * The thin `node:http` binding: IncomingMessage → Request, Response → ServerResponse. An injected
 * dropped connection destroys the socket.
 *
 * Kept cheap because it runs on every request: the `Request` is a lazy stand-in (the undici one
 * is built only if a route needs more than method, URL, headers and parameters), a form body is
 * read once and handed to the core as the body text, and a response the emulator built from text is
 * written straight from that text, in one write with its headers.
 *
 * @module
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { lazyFetchOf } from '../emulator.js';
import { DroppedConnection } from '../faults.js';
import {
  BodyTooLarge,
  DEFAULT_MAX_BODY_BYTES,
  mayHaveBody,
  primeBodyText,
  tooLargeResponse,
} from '../http/body.js';
import { knownBodyText } from '../http/json.js';

import { unbuiltTextResponse } from '../http/text-response.js';
import type { Emulator } from '../types.js';
import { isRepresentableMethod, nodeRequest } from './request.js';

/** Reads a body the parser has already finished (all of it buffered): no stream events needed. */
function readBuffered(req: IncomingMessage): Buffer | undefined {
  const chunks: Buffer[] = [];
  for (let chunk = req.read() as Buffer | null; chunk !== null; chunk = req.read() as Buffer | null) {
    chunks.push(chunk);
  }
  if (chunks.length === 0) return undefined;
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** Reads the body as it arrives, and stops (rejecting) as soon as it passes `limit` bytes. */
function readStreamed(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      reject(new BodyTooLarge(limit));
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      if (chunks.length === 0) resolve(undefined);
      else resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    });
  });
}

/** Whether the whole body (by `Content-Length`) is already in the stream's buffer. */
function fullyBuffered(req: IncomingMessage, declared: number | undefined): boolean {
  if (req.complete) return true;
  return declared !== undefined && req.readableLength === declared;
}

/** `Content-Length` from the raw header list (cheaper than building `req.headers`). */
function declaredLength(raw: string[]): number | undefined {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 14 && name.toLowerCase() === 'content-length') return Number(raw[i + 1]);
  }
  return undefined;
}

/**
 * The request body, never more than `limit` bytes: a declared `Content-Length` above it is
 * refused before reading, a stream is left as soon as it passes it. A small body usually arrives
 * in the same packet as the headers: once one microtask has passed, the parser has put all of it
 * in the stream's buffer, and it is taken from there at once; otherwise the stream is read as it
 * arrives.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = declaredLength(req.rawHeaders);
  if (declared !== undefined && declared > limit) throw new BodyTooLarge(limit);
  await undefined;
  if (!fullyBuffered(req, declared)) return readStreamed(req, limit);
  const body = readBuffered(req);
  if (body && body.length > limit) throw new BodyTooLarge(limit);
  return body;
}

/** Builds a web `Request` for a Node request received on the listener whose base URL is `base`. */
export async function toWebRequest(
  req: IncomingMessage,
  base: string,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<Request> {
  const body = mayHaveBody(req.method ?? 'GET') ? await readBody(req, maxBodyBytes) : undefined;
  return webRequestWith(req, base, body);
}

function webRequestWith(req: IncomingMessage, base: string, body: Buffer | undefined): Request {
  const request = nodeRequest(req, base, body);
  if (mayHaveBody(request.method)) primeBodyText(request, body ? body.toString('utf8') : '');
  return request;
}

/** Header pairs as `writeHead` takes them (a flat list), every `Set-Cookie` kept. */
function flatHeaders(
  headers: readonly (readonly [string, string])[] | Headers,
  contentLength: number,
): string[] {
  const flat: string[] = [];
  if (!(headers instanceof Headers)) {
    for (const [name, value] of headers) if (name !== 'content-length') flat.push(name, value);
  } else {
    headers.forEach((value, name) => {
      if (name !== 'set-cookie' && name !== 'content-length') flat.push(name, value);
    });
    for (const cookie of headers.getSetCookie()) flat.push('set-cookie', cookie);
  }
  flat.push('content-length', String(contentLength));
  return flat;
}

/** Writes a web `Response` to a Node response (all `Set-Cookie` headers kept). */
export async function writeWebResponse(res: ServerResponse, response: Response): Promise<void> {
  await writeResponse(res, response);
}

/** {@link writeWebResponse}, synchronous when the body is known text (no promise then). */
function writeResponse(res: ServerResponse, response: Response): void | Promise<void> {
  const unbuilt = unbuiltTextResponse(response);
  if (unbuilt) {
    const { status, text, bytes, headers } = unbuilt;
    if (bytes) {
      res.writeHead(status, flatHeaders(headers, bytes.byteLength));
      res.end(bytes);
    } else {
      res.writeHead(status, flatHeaders(headers, Buffer.byteLength(text)));
      res.end(text);
    }
    return;
  }
  const text = knownBodyText(response);
  if (text !== undefined) {
    res.writeHead(response.status, flatHeaders(response.headers, Buffer.byteLength(text)));
    res.end(text);
    return;
  }
  if (response.body && response.headers.get('content-type')?.startsWith('text/event-stream')) {
    return streamResponse(res, response, response.body);
  }
  return response.arrayBuffer().then((buffer) => {
    const body = Buffer.from(buffer);
    res.writeHead(response.status, flatHeaders(response.headers, body.length));
    res.end(body);
  });
}

/**
 * Writes an event stream as it comes (the dashboard's live log), chunk by chunk; the stream is
 * cancelled when the client goes away or the server closes the connection.
 */
async function streamResponse(
  res: ServerResponse,
  response: Response,
  body: ReadableStream<Uint8Array>,
): Promise<void> {
  const headers: string[] = [];
  for (const [name, value] of response.headers) headers.push(name, value);
  res.writeHead(response.status, headers);
  res.flushHeaders();
  const reader = body.getReader();
  res.once('close', () => void reader.cancel().catch(() => undefined));
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (res.write(chunk.value)) continue;
    await new Promise((resolve) => {
      res.once('drain', resolve);
      res.once('close', resolve);
    });
  }
  res.end();
}

/**
 * A `node:http` request listener serving `emulator` for requests arriving at `base()`.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * declare const emulator: Emulator;
 * const server = createServer(nodeListener(emulator, () => emulator.authUrl));
 * ```
 */
export function nodeListener(emulator: Emulator, base: () => string) {
  const fetchLazily = lazyFetchOf(emulator);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const fail = (error: unknown) => failed(req, res, error);
    const answer = (request: Request) =>
      fetchLazily(request).then((response) => writeResponse(res, response));
    if (!isRepresentableMethod(req.method ?? 'GET')) {
      methodNotAllowed(req, res);
      return;
    }
    try {
      // A GET has no body to wait for: no extra turn of the event loop.
      if (req.method === 'GET' || req.method === 'HEAD') {
        answer(webRequestWith(req, base(), undefined)).catch(fail);
      } else {
        readBody(req, emulator.maxBodyBytes)
          .then((body) => answer(webRequestWith(req, base(), body)))
          .catch(fail);
      }
    } catch (error) {
      fail(error);
    }
  };
}

function failed(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  if (error instanceof BodyTooLarge && !res.headersSent) {
    refuseBody(req, res, error.limit);
    return;
  }
  // A dropped-connection fault, or a failure after the answer started: nothing else can be sent.
  if (error instanceof DroppedConnection || res.headersSent) {
    req.socket.destroy();
    return;
  }
  res.writeHead(500, { 'content-type': 'text/plain;charset=UTF-8' });
  res.end('emulator internal error');
}

/** Answers 413 and closes the connection: the rest of the body is never read. */
function refuseBody(req: IncomingMessage, res: ServerResponse, limit: number): void {
  res.once('finish', () => req.socket.destroy());
  res.shouldKeepAlive = false;
  const response = tooLargeResponse(limit);
  void writeResponse(res, response);
}

/**
 * `TRACE`, `TRACK`, `CONNECT` (and other methods a web `Request` cannot carry) never reach the
 * core: 405, no route of either host allows them.
 */
function methodNotAllowed(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  const text = JSON.stringify({ error: `the emulator does not serve the ${req.method} method` });
  res.writeHead(405, {
    allow: 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
