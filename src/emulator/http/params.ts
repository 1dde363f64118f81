/**
 * Reading request parameters the way Kakao does: the query string on GET, the
 * `application/x-www-form-urlencoded` body on POST (query parameters are merged in, body wins).
 *
 * @module
 */

/** True when the request's body is form-encoded (any charset, any case). */
export function isFormRequest(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.toLowerCase().split(';')[0]!.trim() === 'application/x-www-form-urlencoded';
}

/**
 * The parameters of a request: query, plus the form body of a POST/PUT. Parsed once per request
 * (cached), so every caller may call it.
 *
 * @example
 * ```ts
 * const params = await readParams(request);
 * params.get('target_id');
 * ```
 */
export function readParams(request: Request): Promise<URLSearchParams> {
  let params = cache.get(request);
  if (!params) {
    params = parseParams(request);
    cache.set(request, params);
  }
  return params;
}

/** Parsed once per request, so the router can log what a route already read. */
const cache = new WeakMap<Request, Promise<URLSearchParams>>();

async function parseParams(request: Request): Promise<URLSearchParams> {
  const params = new URL(request.url).searchParams;
  if (request.method === 'GET' || request.method === 'HEAD' || !isFormRequest(request)) return params;
  if (request.bodyUsed) return params;
  return mergeForm(params, await request.text());
}

function mergeForm(params: URLSearchParams, formText: string): URLSearchParams {
  const body = new URLSearchParams(formText);
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
  cache.set(request, Promise.resolve(mergeForm(new URL(request.url).searchParams, formText)));
}

/** The credential of `Authorization: <scheme> <credential>` when the scheme matches. */
export function readAuthorization(request: Request): { scheme: string; credential: string } | undefined {
  const header = request.headers.get('authorization');
  const match = header?.trim().match(/^(\S+)\s+(\S+)$/);
  return match ? { scheme: match[1]!, credential: match[2]! } : undefined;
}
