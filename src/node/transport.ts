/**
 * The Node transport: undici's dispatcher API (the HTTP engine under Node's own `fetch`, from npm)
 * over a keep-alive connection pool per origin, without the WHATWG fetch machinery (no `Request`,
 * `Headers` or web streams per call) and without a body stream: the response's chunks are gathered
 * straight from the parser, within the size cap. Timeout, abort, retries and error mapping stay in
 * the core's request loop, the same as for `fetch`.
 *
 * undici is loaded when the first transport is made, after Node's own `fetch` dispatcher is in
 * place: loading the npm undici first would install its Agent as the process's global dispatcher,
 * under the app's `fetch` too.
 *
 * @module
 */
import { createRequire } from 'node:module';
import type { Agent, Dispatcher } from 'undici';
import { BodyTooLargeError } from '../base/http/body.js';
import type {
  KakaoTransport,
  TransportAttempt,
  TransportRequest,
  TransportResponse,
} from '../base/http/transport.js';

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
  /** How long an idle pooled connection stays open, in milliseconds. Default 4,000 (undici's). */
  keepAliveMs?: number | undefined;
}

/**
 * A transport over undici's connection pools (one per origin, keep-alive). `close()` drops every
 * pooled connection (later calls open new ones).
 *
 * @throws TypeError when `maxSockets` or `keepAliveMs` is not a positive integer.
 * @example
 * ```ts
 * import { createKakaoClient, createNodeTransport } from 'kakao-oauth/node';
 * const kakao = createKakaoClient({ restApiKey: 'REST_API_KEY', transport: createNodeTransport({ maxSockets: 16 }) });
 * await kakao.close(); // at shutdown
 * ```
 */
export function createNodeTransport(options: NodeTransportOptions = {}): KakaoTransport {
  const settings = {
    connections: positiveInteger('maxSockets', options.maxSockets ?? 64),
    keepAliveTimeout: positiveInteger('keepAliveMs', options.keepAliveMs ?? 4_000),
  };
  let agent: Agent | undefined;
  const pool = () => {
    agent ??= new (loadUndici().Agent)(settings);
    return agent;
  };
  pool();
  return {
    send: (request, attempt) => send(pool(), request, attempt),
    close: async () => {
      const open = agent;
      agent = undefined;
      await open?.close();
    },
  };
}

let undici: typeof import('undici') | undefined;

/** undici's module, loaded once Node's own global dispatcher exists (see the module note). */
function loadUndici(): typeof import('undici') {
  if (undici === undefined) {
    void globalThis.Headers; // loads Node's bundled undici, which installs Node's own dispatcher
    undici = createRequire(import.meta.url)('undici') as typeof import('undici');
  }
  return undici;
}

function send(
  agent: Agent,
  request: TransportRequest,
  attempt: TransportAttempt,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const handler = new ResponseHandler(resolve, reject, attempt.maxBytes);
    attempt.onAbort(() => handler.abort());
    agent.dispatch(
      {
        origin: request.origin,
        path: request.path,
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
      },
      handler,
    );
  });
}

type Controller = Dispatcher.DispatchController;

/**
 * One exchange's handler: gathers the body's chunks within `maxBytes`, settles the promise, and
 * aborts the exchange (freeing its connection) when the attempt aborts.
 */
class ResponseHandler implements Dispatcher.DispatchHandler {
  #controller: Controller | undefined;
  #aborted = false;
  #status = 0;
  #headers: Record<string, string | string[] | undefined> = {};
  #chunks: Buffer[] = [];
  #size = 0;

  constructor(
    private readonly resolve: (response: TransportResponse) => void,
    private readonly reject: (error: unknown) => void,
    private readonly maxBytes: number,
  ) {}

  /** The attempt aborted: stop the exchange (the request loop has already given up on it). */
  abort(): void {
    this.#aborted = true;
    this.#controller?.abort(new Error('aborted'));
  }

  onRequestStart(controller: Controller): void {
    this.#controller = controller;
    if (this.#aborted) controller.abort(new Error('aborted'));
  }

  onResponseStart(controller: Controller, status: number, headers: Record<string, string | string[]>) {
    this.#status = status;
    this.#headers = headers;
    if (Number(headers['content-length']) > this.maxBytes) this.#tooLarge(controller);
  }

  onResponseData(controller: Controller, chunk: Buffer): void {
    this.#size += chunk.byteLength;
    if (this.#size > this.maxBytes) this.#tooLarge(controller);
    else this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    const chunks = this.#chunks;
    const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
    const headers = this.#headers;
    this.resolve({
      status: this.#status,
      contentType: single(headers['content-type']),
      retryAfter: single(headers['retry-after']),
      text,
    });
  }

  onResponseError(_controller: Controller, error: Error): void {
    this.reject(error);
  }

  #tooLarge(controller: Controller): void {
    controller.abort(new BodyTooLargeError(this.#status, single(this.#headers['content-type'])));
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer.`);
  return value;
}
