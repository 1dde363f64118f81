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

interface TextResponseState {
  text: string;
  status: number;
  /** Header pairs as given; a `Headers` is made from them on first access of `headers`. */
  pairs: [string, string][] | undefined;
  headers: Headers | undefined;
  real: Response | undefined;
}

const states = new WeakMap<object, TextResponseState>();

function stateOf(self: object): TextResponseState {
  const state = states.get(self);
  if (!state) throw new TypeError('Illegal invocation: not a text response');
  return state;
}

function headersOf(state: TextResponseState): Headers {
  state.headers ??= new Headers(state.pairs);
  state.pairs = undefined;
  return state.headers;
}

function realOf(self: object): Response {
  const state = stateOf(self);
  state.real ??= new Response(state.text, { status: state.status, headers: headersOf(state) });
  return state.real;
}

class TextResponse {
  constructor(text: string, status: number, pairs: [string, string][]) {
    states.set(this, { text, status, pairs, headers: undefined, real: undefined });
  }

  get status(): number {
    return stateOf(this).status;
  }

  get ok(): boolean {
    const { status } = stateOf(this);
    return status >= 200 && status < 300;
  }

  get headers(): Headers {
    const state = stateOf(this);
    return state.real?.headers ?? headersOf(state);
  }
}

forwardMembers(TextResponse.prototype, Response.prototype, realOf as (self: never) => Response);

/**
 * A `Response` with a string body and the given header pairs (names lower case), built lazily.
 *
 * @example
 * ```ts
 * textResponse('{"ok":true}', 200, [['content-type', 'application/json;charset=UTF-8']]);
 * ```
 */
export function textResponse(text: string, status: number, pairs: [string, string][]): Response {
  if (status < 200 || status > 599) throw new RangeError(`textResponse: invalid status ${status}`);
  return new TextResponse(text, status, pairs) as unknown as Response;
}

/** What the Node binding needs to write a response that was never built nor read. */
export interface UnbuiltTextResponse {
  status: number;
  text: string;
  /** Header pairs, or the `Headers` if someone read (and maybe changed) them. */
  headers: [string, string][] | Headers;
}

/**
 * The parts of a {@link textResponse} whose real `Response` was never built, else `undefined`.
 */
export function unbuiltTextResponse(response: Response): UnbuiltTextResponse | undefined {
  const state = states.get(response);
  if (!state || state.real) return undefined;
  return { status: state.status, text: state.text, headers: state.headers ?? state.pairs ?? [] };
}

/** The text of a {@link textResponse} whose body has not been read, else `undefined`. */
export function textResponseBody(response: Response): string | undefined {
  const state = states.get(response);
  if (!state || state.real?.bodyUsed) return undefined;
  return state.text;
}
