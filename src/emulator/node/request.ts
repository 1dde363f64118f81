/**
 * The web `Request` the Node binding hands to the core: a lazy stand-in (see `http/lazy.ts`),
 * read by the core through the standard members only. `method`, `url` and `headers` are answered
 * from the Node request: `url` of a plain origin-form target such as
 * `/v2/user/me?secure_resource=true` is the origin and the target joined (no `URL` parsed;
 * anything else is parsed), and `headers.get()` / `has()` read the raw header list (the undici
 * `Headers` is built only when another member of it is used). The undici `Request` (body stream,
 * abort signal) is built only if a route uses another member, such as `text()`.
 *
 * @module
 */

import type { IncomingMessage } from 'node:http';
import { forwardMembers } from '../http/lazy.js';

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

/** Whether `URL` would keep `target` exactly as it is (so origin + target is the serialized URL). */
function isPlainTarget(target: string): boolean {
  if (!PLAIN_TARGET.test(target)) return false;
  const question = target.indexOf('?');
  return !DOT_SEGMENT.test(question < 0 ? target : target.slice(0, question));
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
class NodeRequestData {
  headers: Headers | undefined;
  light: NodeHeaders | undefined;
  real: Request | undefined;

  constructor(
    readonly method: string,
    readonly url: string,
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

  /** `headers.get(name)` for a lower-case `name`, from the raw header list. */
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

  realRequest(): Request {
    this.real ??= new Request(this.url, {
      method: this.method,
      headers: this.headerList(),
      body: this.body ? new Uint8Array(this.body) : undefined,
    });
    return this.real;
  }
}

/**
 * The `Headers` of a Node request: `get` and `has` read the raw header list; every other member
 * (iteration included) goes to the real `Headers`, built on first use.
 */
class NodeHeaders {
  readonly #data: NodeRequestData;

  constructor(data: NodeRequestData) {
    this.#data = data;
  }

  static dataOf(self: NodeHeaders): NodeRequestData {
    if (!(#data in self)) throw new TypeError('Illegal invocation: not the headers of a Node request');
    return self.#data;
  }

  get(name: string): string | null {
    return NodeHeaders.dataOf(this).header(String(name).toLowerCase());
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  [Symbol.iterator]() {
    return NodeHeaders.dataOf(this).headerList()[Symbol.iterator]();
  }
}

forwardMembers(NodeHeaders.prototype, Headers.prototype, ((self: NodeHeaders) =>
  NodeHeaders.dataOf(self).headerList()) as (self: never) => Headers);

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
    const data = NodeRequest.dataOf(this);
    if (data.real) return data.real.headers;
    data.light ??= new NodeHeaders(data);
    return data.light as unknown as Headers;
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
  const url = isPlainTarget(target) ? `${origin}${target}` : new URL(target, base).href;
  const data = new NodeRequestData(normalizeMethod(method), url, req.rawHeaders, body);
  return new NodeRequest(data) as unknown as Request;
}

const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/** The Fetch standard upper-cases these method names only (`patch` stays `patch`). */
function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return NORMALIZED.has(upper) ? upper : method;
}
