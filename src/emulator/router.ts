/**
 * The router: decides which host a request is for (kauth, kapi, or the `/__emulator/` controls),
 * applies armed faults, dispatches, and records the request (secrets redacted).
 *
 * Host rule: when the auth and API base URLs have different origins, a request to one origin
 * reaches only that host's routes, as at Kakao. Otherwise (one shared listener, or an unknown
 * origin) the path decides: `/v1/…` and `/v2/…` are kapi, everything else kauth.
 *
 * @module
 */

import { controlsPrefix, handleControls } from './controls/index.js';
import { applyFault } from './faults.js';
import { BodyTooLarge, knownBodyTextOf, mayHaveBody, readBodyText, tooLargeResponse } from './http/body.js';
import { requestHeader } from './http/fast-request.js';
import { paramsOf } from './http/params.js';
import { type RequestTarget, requestTarget } from './http/url.js';
import { kapiResponse } from './kapi/index.js';
import { handleKauth } from './kauth/index.js';
import { takeFault } from './model/faults.js';
import { authScheme, recordRequest, redactParams, SECRET_PARAMS, truncateForLog } from './model/log.js';
import type { RequestLogEntry } from './model/types.js';
import type { Emulator } from './types.js';

type Host = Exclude<RequestLogEntry['host'], 'unknown'>;

const origins = new Map<string, string>();

function originOf(base: string): string {
  let origin = origins.get(base);
  if (origin === undefined) {
    origin = new URL(base).origin;
    origins.set(base, origin);
  }
  return origin;
}

/** Which host a URL addresses. */
export function classifyHost(emulator: Emulator, url: RequestTarget): Host {
  if (url.pathname === controlsPrefix || url.pathname.startsWith(`${controlsPrefix}/`)) return 'control';
  const auth = originOf(emulator.authUrl);
  const api = originOf(emulator.apiUrl);
  if (auth !== api && url.origin === auth) return 'auth';
  if (auth !== api && url.origin === api) return 'api';
  return /^\/v\d+\//.test(url.pathname) ? 'api' : 'auth';
}

function dispatch(emulator: Emulator, host: Host, request: Request): Response | Promise<Response> {
  if (host === 'control') return handleControls(emulator, request);
  if (host === 'api') return kapiResponse(emulator, request);
  return handleKauth(emulator, request);
}

/** The code (`error_code` / kapi `code`, or the page's KOE) and message of an error response. */
async function errorOf(
  response: Response,
): Promise<{ code?: string | undefined; message?: string | undefined }> {
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/html')) return { code: response.headers.get('x-kakao-error-code') ?? undefined };
  if (!type.startsWith('application/json')) return {};
  const body = (await response.clone().json()) as {
    error_code?: string;
    code?: number;
    error_description?: string;
    msg?: string;
  };
  const code = body.error_code ?? (body.code === undefined ? undefined : String(body.code));
  const message = body.error_description ?? body.msg;
  return { code, message: typeof message === 'string' ? message : undefined };
}

/** A message with the values of secret parameters replaced (the routes already leave them out). */
function redactMessage(message: string, params: URLSearchParams): string {
  let text = message;
  for (const [name, value] of params) {
    if (SECRET_PARAMS.has(name) && value.length >= 4) text = text.split(value).join('[redacted]');
  }
  return text.slice(0, 500);
}

/** The parameter names of a query string (`undefined` when there is none). */
function queryNames(search: string): string[] | undefined {
  return search.length > 1 ? [...new URLSearchParams(search).keys()] : undefined;
}

function logEntry(
  emulator: Emulator,
  host: Host,
  path: string,
  request: Request,
  response: Response,
  params: URLSearchParams,
): RequestLogEntry {
  return {
    at: emulator.state.clock.now(),
    method: request.method,
    host,
    path: truncateForLog(path),
    params: redactParams(params),
    query: queryNames(requestTarget(request).search),
    authScheme: authScheme(requestHeader(request, 'authorization')),
    status: response.status,
    errorCode: undefined,
  };
}

/** Logs a request; synchronously for a success whose parameters are already parsed. */
function record(
  emulator: Emulator,
  host: Host,
  path: string,
  request: Request,
  response: Response,
): void | Promise<void> {
  const params = paramsOf(request);
  if (!(params instanceof Promise) && response.status < 400) {
    recordRequest(emulator.state, logEntry(emulator, host, path, request, response, params));
    return;
  }
  return recordSlowly(emulator, host, path, request, response);
}

async function recordSlowly(
  emulator: Emulator,
  host: Host,
  path: string,
  request: Request,
  response: Response,
): Promise<void> {
  const params = await Promise.resolve(paramsOf(request)).catch(() => new URLSearchParams());
  const entry = logEntry(emulator, host, path, request, response, params);
  if (response.status >= 400) {
    const { code, message } = await errorOf(response).catch(() => ({ code: undefined, message: undefined }));
    entry.errorCode = code;
    if (message !== undefined) entry.errorMessage = redactMessage(message, params);
  }
  recordRequest(emulator.state, entry);
}

/**
 * Answers one request. Rejects (like a network failure) only for an injected dropped connection.
 */
export async function route(emulator: Emulator, request: Request): Promise<Response> {
  if (mayHaveBody(request.method) && knownBodyTextOf(request) === undefined) {
    const refused = await readBodyWithinCap(emulator, request);
    if (refused) return refused;
  }
  const url = requestTarget(request);
  const host = classifyHost(emulator, url);
  if (host === 'control') return dispatch(emulator, host, request);
  const fault = takeFault(emulator.state, host, request.method, url.pathname);
  const faulted = fault ? await applyFault(fault, host) : undefined;
  let response = faulted ?? dispatch(emulator, host, request);
  if (response instanceof Promise) response = await response;
  const recording = record(emulator, host, url.pathname, request, response);
  if (recording) await recording;
  return response;
}

/** Reads the body under the cap before any route runs; the 413 answer when it is above. */
async function readBodyWithinCap(emulator: Emulator, request: Request): Promise<Response | undefined> {
  try {
    await readBodyText(request, emulator.maxBodyBytes);
    return undefined;
  } catch (error) {
    if (error instanceof BodyTooLarge) return tooLargeResponse(error.limit);
    throw error;
  }
}
