/**
 * The web `Request` the Node binding hands to the core: a lazy stand-in (see `http/lazy.ts`).
 * `method`, `url` and `headers` are answered from the Node request; the undici `Request` (body
 * stream, abort signal) is built only if a route uses another member, such as `text()`.
 *
 * Through `FAST_PARTS` (see `http/fast-request.ts`) the core also reads one header, or the
 * path and query, straight from the raw Node request: a plain origin-form target such as
 * `/v2/user/me?secure_resource=true` is split without parsing a `URL` (anything else is parsed).
 *
 * @module
 */

import type { IncomingMessage } from 'node:http';
import { FAST_PARTS, type FastRequestParts } from '../http/fast-request.js';
import { forwardMembers } from '../http/lazy.js';
import type { RequestTarget } from '../http/url.js';

/**
 * Request targets whose `URL` parts are the text itself: no dot segment, no percent-encoded
 * dot, no character that `URL` would encode, drop or treat specially (`\`, `#`, space, quotes…).
 */
const PLAIN_TARGET = /^\/(?![/\\])[A-Za-z0-9\-._~!$&()*+,;=:@/%?]*$/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;

/** Origin of a listener base URL, cached (a listener's base rarely changes). */
let lastBase = '';
let lastOrigin = '';
function originOf(base: string): string {
  if (base !== lastBase) {
    lastOrigin = new URL(base).origin;
    lastBase = base;
  }
  return lastOrigin;
}

/** `target` split as `URL` would, when it is plain; else `undefined`. */
function plainTarget(origin: string, target: string): RequestTarget | undefined {
  if (!PLAIN_TARGET.test(target)) return undefined;
  const question = target.indexOf('?');
  const pathname = question < 0 ? target : target.slice(0, question);
  if (DOT_SEGMENT.test(pathname)) return undefined;
  const search = question < 0 || question === target.length - 1 ? '' : target.slice(question);
  return { origin, pathname, search };
}

/** Strips HTTP whitespace (tab, LF, CR, space) at both ends, as `Headers` does. */
function trimHttpWhitespace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isHttpWhitespace(value.charCodeAt(start))) start++;
  while (end > start && isHttpWhitespace(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

function isHttpWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** What the stand-in knows about its Node request. */
class NodeRequestData implements FastRequestParts {
  headers: Headers | undefined;
  real: Request | undefined;

  constructor(
    readonly method: string,
    readonly url: string,
    private readonly parts: RequestTarget | undefined,
    private readonly rawHeaders: string[],
    readonly body: Buffer | undefined,
  ) {}

  /** The `Headers` of the request, built on first use. */
  headerList(): Headers {
    if (this.real) return this.real.headers;
    if (!this.headers) {
      const headers = new Headers();
      const raw = this.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) {
        const name = raw[i]!;
        // HTTP/2 pseudo-headers (":path") are not header fields.
        if (name.charCodeAt(0) !== 0x3a) headers.append(name, raw[i + 1]!);
      }
      this.headers = headers;
    }
    return this.headers;
  }

  header(name: string): string | null {
    // Once someone holds the `Headers` (and may have changed them), they are the truth.
    if (this.real || this.headers) return this.headerList().get(name);
    const raw = this.rawHeaders;
    let value: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      const key = raw[i]!;
      if (key.length !== name.length || key.toLowerCase() !== name) continue;
      const item = trimHttpWhitespace(raw[i + 1]!);
      value = value === null ? item : `${value}, ${item}`;
    }
    return value;
  }

  target(): RequestTarget {
    return this.parts ?? new URL(this.url);
  }

  realRequest(): Request {
    this.real ??= new Request(this.url, {
      method: this.method,
      headers: this.headerList(),
      body: this.body ? new Uint8Array(this.body) : undefined,
    });
    return this.real;
  }
}

class NodeRequest {
  readonly #data: NodeRequestData;

  constructor(data: NodeRequestData) {
    this.#data = data;
  }

  static dataOf(self: NodeRequest): NodeRequestData {
    if (!(#data in self)) throw new TypeError('Illegal invocation: not a Node request');
    return self.#data;
  }

  get method(): string {
    return NodeRequest.dataOf(this).method;
  }

  get url(): string {
    return NodeRequest.dataOf(this).url;
  }

  get headers(): Headers {
    return NodeRequest.dataOf(this).headerList();
  }

  get [FAST_PARTS](): FastRequestParts {
    return NodeRequest.dataOf(this);
  }
}

forwardMembers(NodeRequest.prototype, Request.prototype, ((self: NodeRequest) =>
  NodeRequest.dataOf(self).realRequest()) as (self: never) => Request);

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Whether a web `Request` can carry this method (`new Request()` refuses `TRACE`, `TRACK`,
 * `CONNECT` and names that are not HTTP tokens).
 */
export function isRepresentableMethod(method: string): boolean {
  return TOKEN.test(method) && !FORBIDDEN.has(method.toUpperCase());
}

/**
 * A lazy web `Request` for a Node request received on the listener whose base URL is `base`,
 * once its body (if any) has been read.
 *
 * @throws TypeError for what `new Request()` refuses (a forbidden method, an unparsable URL).
 */
export function nodeRequest(req: IncomingMessage, base: string, body: Buffer | undefined): Request {
  const method = req.method ?? 'GET';
  // What `new Request()` refuses is refused here too.
  if (!isRepresentableMethod(method)) {
    throw new TypeError(`Request: '${method}' is not an allowed method`);
  }
  const target = req.url ?? '/';
  const origin = originOf(base);
  const parts = plainTarget(origin, target);
  const url = parts ? `${origin}${target}` : new URL(target, base).href;
  const data = new NodeRequestData(normalizeMethod(method), url, parts, req.rawHeaders, body);
  return new NodeRequest(data) as unknown as Request;
}

const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/** The Fetch standard upper-cases these method names only (`patch` stays `patch`). */
function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return NORMALIZED.has(upper) ? upper : method;
}
