/**
 * Reading request parameters the way Kakao does: the query string on GET, the
 * `application/x-www-form-urlencoded` body on POST (query parameters are merged in, body wins).
 *
 * @module
 */

import { readBodyText } from './body.js';
import { requestHeader } from './fast-request.js';
import { requestTarget } from './url.js';

/** True when the request's body is form-encoded (any charset, any case). */
export function isFormRequest(request: Request): boolean {
  const type = requestHeader(request, 'content-type') ?? '';
  return type.toLowerCase().split(';')[0]!.trim() === 'application/x-www-form-urlencoded';
}

/**
 * The parameters of a request: query, plus the form body of a POST/PUT. Parsed once per request
 * (cached), so every caller may call it.
 *
 * @example
 * ```ts
 * declare const request: Request;
 * const params = await readParams(request);
 * params.get('target_id');
 * ```
 */
export function readParams(request: Request): Promise<URLSearchParams> {
  const params = paramsOf(request);
  return params instanceof Promise ? params : Promise.resolve(params);
}

/**
 * {@link readParams} without a promise when none is needed: the parameters themselves when no
 * body has to be read (a GET, or a body already read), else a promise of them.
 *
 * @example
 * ```ts
 * declare const request: Request;
 * const params = paramsOf(request);
 * if (!(params instanceof Promise)) params.get('property_keys');
 * ```
 */
export function paramsOf(request: Request): URLSearchParams | Promise<URLSearchParams> {
  let params = cache.get(request);
  if (params === undefined) {
    params = parseParams(request);
    cache.set(request, params);
    if (params instanceof Promise) {
      params.then((value) => cache.set(request, value)).catch(() => undefined);
    }
  }
  return params;
}

/** Parsed once per request, so the router can log what a route already read. */
const cache = new WeakMap<Request, URLSearchParams | Promise<URLSearchParams>>();

/** A fresh (editable) copy of the query parameters. */
function queryParams(request: Request): URLSearchParams {
  return new URLSearchParams(requestTarget(request).search);
}

function parseParams(request: Request): URLSearchParams | Promise<URLSearchParams> {
  const params = queryParams(request);
  if (request.method === 'GET' || request.method === 'HEAD' || !isFormRequest(request)) return params;
  const text = readBodyText(request);
  return typeof text === 'string' ? mergeForm(params, text) : text.then((t) => mergeForm(params, t));
}

function mergeForm(params: URLSearchParams, formText: string): URLSearchParams {
  const body = new URLSearchParams(formText);
  if (params.size === 0) return body;
  for (const name of new Set(body.keys())) params.delete(name);
  for (const [name, value] of body) params.append(name, value);
  return params;
}

/**
 * Seeds the parameter cache of a request whose form body the caller already holds as text (the
 * Node binding does this to skip re-reading the body stream). The body itself stays readable.
 */
export function primeFormParams(request: Request, formText: string): void {
  if (!isFormRequest(request) || request.method === 'GET' || request.method === 'HEAD') return;
  cache.set(request, mergeForm(queryParams(request), formText));
}

/** The credential of `Authorization: <scheme> <credential>` when the scheme matches. */
export function readAuthorization(request: Request): { scheme: string; credential: string } | undefined {
  const header = requestHeader(request, 'authorization');
  const match = header?.trim().match(/^(\S+)\s+(\S+)$/);
  return match ? { scheme: match[1]!, credential: match[2]! } : undefined;
}
