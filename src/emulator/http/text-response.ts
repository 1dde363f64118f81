/**
 * `textResponse`: a `Response` with a string body, built lazily. It is a real `Response` to every
 * caller (`instanceof Response`, `status`, `headers`, `text()`, `json()`, `clone()` …); the
 * undici `Response` behind it (with its body stream) is only built when a member other than
 * `status`, `ok` and `headers` is used. The Node binding writes an unbuilt one straight from its
 * text and header pairs.
 *
 * @module
 */

import { forwardMembers } from './lazy.js';

/** What a text response holds until (and unless) its undici `Response` is built. */
class TextResponseState {
  /** Header pairs as given; a `Headers` is made from them on first access of `headers`. */
  pairs: readonly (readonly [string, string])[] | undefined;
  headers: Headers | undefined;
  real: Response | undefined;

  constructor(
    readonly text: string,
    readonly status: number,
    pairs: readonly (readonly [string, string])[],
    /** `text` as UTF-8, when the caller already has it. */
    readonly bytes: Uint8Array | undefined,
  ) {
    this.pairs = pairs;
  }

  headerList(): Headers {
    if (this.real) return this.real.headers;
    this.headers ??= new Headers(this.pairs as [string, string][]);
    this.pairs = undefined;
    return this.headers;
  }

  realResponse(): Response {
    this.real ??= new Response(this.text, { status: this.status, headers: this.headerList() });
    return this.real;
  }
}

class TextResponse {
  readonly #state: TextResponseState;

  constructor(state: TextResponseState) {
    this.#state = state;
  }

  /** The state of a text response, or `undefined` for any other object. */
  static stateOf(self: object): TextResponseState | undefined {
    return #state in self ? (self as TextResponse).#state : undefined;
  }

  get status(): number {
    return state(this).status;
  }

  get ok(): boolean {
    const { status } = state(this);
    return status >= 200 && status < 300;
  }

  get headers(): Headers {
    return state(this).headerList();
  }
}

function state(self: object): TextResponseState {
  const found = TextResponse.stateOf(self);
  if (!found) throw new TypeError('Illegal invocation: not a text response');
  return found;
}

forwardMembers(TextResponse.prototype, Response.prototype, ((self: object) => state(self).realResponse()) as (
  self: never,
) => Response);

/**
 * A `Response` with a string body and the given header pairs (names lower case), built lazily.
 *
 * @example
 * ```ts
 * textResponse('{"ok":true}', 200, [['content-type', 'application/json;charset=UTF-8']]);
 * ```
 */
export function textResponse(
  text: string,
  status: number,
  pairs: readonly (readonly [string, string])[],
  bytes?: Uint8Array,
): Response {
  if (status < 200 || status > 599) throw new RangeError(`textResponse: invalid status ${status}`);
  return new TextResponse(new TextResponseState(text, status, pairs, bytes)) as unknown as Response;
}

/**
 * `response` as a real `Response` of this runtime: a {@link textResponse}'s built one (built now
 * if it was not), any other response as it is. Bun, Deno and workerd accept only real ones.
 *
 * @example
 * ```ts
 * declare const response: Response;
 * const real: Response = standardResponse(response);
 * ```
 */
export function standardResponse(response: Response): Response {
  return TextResponse.stateOf(response)?.realResponse() ?? response;
}

/** What the Node binding needs to write a response that was never built nor read. */
export interface UnbuiltTextResponse {
  status: number;
  text: string;
  /** Header pairs, or the `Headers` if someone read (and maybe changed) them. */
  headers: readonly (readonly [string, string])[] | Headers;
  /** `text` as UTF-8, when the response was made with it. */
  bytes: Uint8Array | undefined;
}

/**
 * The parts of a {@link textResponse} whose real `Response` was never built, else `undefined`.
 */
export function unbuiltTextResponse(response: Response): UnbuiltTextResponse | undefined {
  const found = TextResponse.stateOf(response);
  if (!found || found.real) return undefined;
  const { status, text, bytes } = found;
  return { status, text, bytes, headers: found.headers ?? found.pairs ?? [] };
}

/** The text of a {@link textResponse} whose body has not been read, else `undefined`. */
export function textResponseBody(response: Response): string | undefined {
  const found = TextResponse.stateOf(response);
  if (!found || found.real?.bodyUsed) return undefined;
  return found.text;
}
