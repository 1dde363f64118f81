/**
 * The web `Request` the Node binding hands to the core: a lazy stand-in (see `http/lazy.ts`).
 * `method`, `url` and `headers` are answered from the Node request; the undici `Request` (body
 * stream, abort signal) is built only if a route uses another member, such as `text()`.
 *
 * @module
 */

import type { IncomingMessage } from 'node:http';
import { forwardMembers } from '../http/lazy.js';

interface NodeRequestState {
  method: string;
  url: string;
  rawHeaders: string[];
  body: Buffer | undefined;
  headers: Headers | undefined;
  real: Request | undefined;
}

const states = new WeakMap<object, NodeRequestState>();

function stateOf(self: object): NodeRequestState {
  const state = states.get(self);
  if (!state) throw new TypeError('Illegal invocation: not a Node request');
  return state;
}

function headersOf(state: NodeRequestState): Headers {
  if (!state.headers) {
    const headers = new Headers();
    const raw = state.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!;
      // HTTP/2 pseudo-headers (":path") are not header fields.
      if (name.charCodeAt(0) !== 0x3a) headers.append(name, raw[i + 1]!);
    }
    state.headers = headers;
  }
  return state.headers;
}

function realOf(self: object): Request {
  const state = stateOf(self);
  state.real ??= new Request(state.url, {
    method: state.method,
    headers: headersOf(state),
    body: state.body ? new Uint8Array(state.body) : undefined,
  });
  return state.real;
}

class NodeRequest {
  constructor(state: NodeRequestState) {
    states.set(this, state);
  }

  get method(): string {
    return stateOf(this).method;
  }

  get url(): string {
    return stateOf(this).url;
  }

  get headers(): Headers {
    const state = stateOf(this);
    return state.real?.headers ?? headersOf(state);
  }
}

forwardMembers(NodeRequest.prototype, Request.prototype, realOf as (self: never) => Request);

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * A lazy web `Request` for a Node request whose body (if any) has been read; `url` is the
 * already-parsed absolute URL.
 */
export function nodeRequest(req: IncomingMessage, url: URL, body: Buffer | undefined): Request {
  const method = req.method ?? 'GET';
  // What `new Request()` refuses is refused here too.
  if (!TOKEN.test(method) || FORBIDDEN.has(method.toUpperCase())) {
    throw new TypeError(`Request: '${method}' is not an allowed method`);
  }
  return new NodeRequest({
    method: normalizeMethod(method),
    url: url.href,
    rawHeaders: req.rawHeaders,
    body,
    headers: undefined,
    real: undefined,
  }) as unknown as Request;
}

const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/** The Fetch standard upper-cases these method names only (`patch` stays `patch`). */
function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return NORMALIZED.has(upper) ? upper : method;
}
