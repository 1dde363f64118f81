/**
 * Reading request parameters the way Kakao does: the query string on GET, the
 * `application/x-www-form-urlencoded` body on POST (query parameters are merged in, body wins).
 *
 * @module
 */

import { readBodyText } from './body.js';
import { requestTarget } from './url.js';

/** True when the request's body is form-encoded (any charset, any case). */
export function isFormRequest(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.toLowerCase().split(';')[0]!.trim() === 'application/x-www-form-urlencoded';
}

/**
 * The parameters of a request: query, plus the form body of a POST/PUT. Parsed once per request
 * (cached), so every caller (the route's access, its handler, the request log) may call it.
 *
 * @example
 * ```ts
 * declare const request: Request;
 * const params = await readParams(request);
 * params.get('target_id');
 * ```
 */
export function readParams(request: Request): Promise<URLSearchParams> {
  let params = cache.get(request);
  if (params === undefined) {
    params = parseParams(request);
    cache.set(request, params);
  }
  return params;
}

/** Parsed once per request, so the router can log what a route already read. */
const cache = new WeakMap<Request, Promise<URLSearchParams>>();

/** A fresh (editable) copy of the query parameters. */
function queryParams(request: Request): URLSearchParams {
  return new URLSearchParams(requestTarget(request).search);
}

/** The query alone needs no waiting (a resolved promise); a form body is read first. */
function parseParams(request: Request): Promise<URLSearchParams> {
  const params = queryParams(request);
  if (request.method === 'GET' || request.method === 'HEAD' || !isFormRequest(request)) {
    return Promise.resolve(params);
  }
  return withForm(request, params);
}

async function withForm(request: Request, params: URLSearchParams): Promise<URLSearchParams> {
  return mergeForm(params, await readBodyText(request));
}

function mergeForm(params: URLSearchParams, formText: string): URLSearchParams {
  const body = new URLSearchParams(formText);
  if (params.size === 0) return body;
  for (const name of new Set(body.keys())) params.delete(name);
  for (const [name, value] of body) params.append(name, value);
  return params;
}

/** The credential of `Authorization: <scheme> <credential>` when the scheme matches. */
export function readAuthorization(request: Request): { scheme: string; credential: string } | undefined {
  const header = request.headers.get('authorization');
  const match = header?.trim().match(/^(\S+)\s+(\S+)$/);
  return match ? { scheme: match[1]!, credential: match[2]! } : undefined;
}
