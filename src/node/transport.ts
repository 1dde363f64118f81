/**
 * The Node transport: `node:http` / `node:https` over a keep-alive connection pool, without the
 * WHATWG fetch machinery (no `Request`, `Headers` or web streams per call). Timeout, abort, retries
 * and error mapping stay in the core's request loop, the same as for `fetch`.
 *
 * @module
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { BodyTooLargeError } from '../base/http/body.js';
import type { KakaoTransport, TransportRequest, TransportResponse } from '../base/http/transport.js';

/**
 * Settings of {@link createNodeTransport}.
 *
 * @example
 * ```ts
 * const options: NodeTransportOptions = { maxSockets: 128 };
 * ```
 */
export interface NodeTransportOptions {
  /** Most open connections per origin (kauth, kapi); further calls queue. Default 64. */
  maxSockets?: number | undefined;
  /** Most idle connections kept per origin. Default: `maxSockets`. */
  maxFreeSockets?: number | undefined;
}

interface Agents {
  readonly http: HttpAgent;
  readonly https: HttpsAgent;
}

/**
 * A transport over `node:http`/`node:https` with one keep-alive pool per origin. `close()` drops
 * every pooled connection (later calls open new ones).
 *
 * @example
 * ```ts
 * import { createKakaoClient, createNodeTransport } from 'kakao-oauth/node';
 * const kakao = createKakaoClient({ restApiKey: 'REST_API_KEY', transport: createNodeTransport({ maxSockets: 16 }) });
 * await kakao.close(); // at shutdown
 * ```
 */
export function createNodeTransport(options: NodeTransportOptions = {}): KakaoTransport {
  const maxSockets = positiveInteger('maxSockets', options.maxSockets ?? 64);
  const pool = {
    keepAlive: true,
    maxSockets,
    maxFreeSockets: positiveInteger('maxFreeSockets', options.maxFreeSockets ?? maxSockets),
    scheduling: 'lifo' as const,
  };
  const agents: Agents = { http: new HttpAgent(pool), https: new HttpsAgent(pool) };
  return {
    send: (request, signal, maxBytes) => send(agents, request, signal, maxBytes),
    close: async () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function send(
  agents: Agents,
  request: TransportRequest,
  signal: AbortSignal,
  maxBytes: number,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const secure = request.url.protocol === 'https:';
    const headers =
      request.body === undefined
        ? request.headers
        : { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) };
    const { url } = request;
    const options = {
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method: request.method,
      headers,
      agent: secure ? agents.https : agents.http,
    };
    const onResponse = (response: IncomingMessage) => readResponse(response, maxBytes, resolve, reject);
    const outgoing = (secure ? httpsRequest : httpRequest)(options, onResponse);
    // A strong listener: the signal (held by the attempt's timer) keeps the request reachable.
    const onAbort = () => outgoing.destroy(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    outgoing.on('close', () => signal.removeEventListener('abort', onAbort));
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

function readResponse(
  response: IncomingMessage,
  maxBytes: number,
  resolve: (response: TransportResponse) => void,
  reject: (error: unknown) => void,
): void {
  const status = response.statusCode ?? 0;
  const contentType = response.headers['content-type'];
  const tooLarge = () => {
    response.destroy();
    reject(new BodyTooLargeError(status, contentType));
  };
  if (Number(response.headers['content-length']) > maxBytes) {
    tooLarge();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.byteLength;
    if (size > maxBytes) tooLarge();
    else chunks.push(chunk);
  });
  response.on('error', reject);
  response.on('end', () => {
    const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
    resolve({ status, contentType, retryAfter: response.headers['retry-after'], text });
  });
  response.on('close', () => {
    if (!response.complete) reject(new Error('connection closed before the body ended'));
  });
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer.`);
  return value;
}
