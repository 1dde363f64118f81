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

import { CONTROL_ROUTES, controlHost, controlsPrefix } from './controls/index.js';
import { DASHBOARD_ROUTES } from './dashboard/index.js';
import { applyFault } from './faults.js';
import { BodyTooLarge, knownBodyTextOf, mayHaveBody, readBodyText, tooLargeResponse } from './http/body.js';
import { readParams } from './http/params.js';
import { type RequestTarget, requestTarget } from './http/url.js';
import { KAPI_HOST } from './kapi/index.js';
import { KAUTH_HOST } from './kauth/index.js';
import { takeFault } from './model/faults.js';
import { authScheme, recordRequest, redactParams, SECRET_PARAMS, truncateForLog } from './model/log.js';
import type { RequestLogEntry } from './model/types.js';
import { type Host, serveHost } from './route/route.js';
import type { Emulator } from './types.js';

type HostName = Exclude<RequestLogEntry['host'], 'unknown'>;

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
export function classifyHost(emulator: Emulator, url: RequestTarget): HostName {
  if (url.pathname === controlsPrefix || url.pathname.startsWith(`${controlsPrefix}/`)) return 'control';
  const auth = originOf(emulator.authUrl);
  const api = originOf(emulator.apiUrl);
  if (auth !== api && url.origin === auth) return 'auth';
  if (auth !== api && url.origin === api) return 'api';
  return /^\/v\d+\//.test(url.pathname) ? 'api' : 'auth';
}

/** The three hosts; the control host serves the dashboard beside the controls. */
const HOSTS: ReadonlyMap<HostName, Host> = new Map([
  ['auth', KAUTH_HOST],
  ['api', KAPI_HOST],
  ['control', controlHost([...CONTROL_ROUTES, ...DASHBOARD_ROUTES])],
]);

function dispatch(emulator: Emulator, host: HostName, request: Request): Promise<Response> {
  return serveHost(HOSTS.get(host)!, emulator, request);
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
  host: HostName,
  url: RequestTarget,
  request: Request,
  response: Response,
  params: URLSearchParams,
): RequestLogEntry {
  return {
    at: emulator.state.clock.now(),
    method: request.method,
    host,
    path: truncateForLog(url.pathname),
    params: redactParams(params),
    query: queryNames(url.search),
    authScheme: authScheme(request.headers.get('authorization')),
    status: response.status,
    errorCode: undefined,
  };
}

/** Logs a request (secrets redacted; an error response's code and message too). */
async function record(
  emulator: Emulator,
  host: HostName,
  url: RequestTarget,
  request: Request,
  response: Response,
): Promise<void> {
  let params: URLSearchParams;
  try {
    params = await readParams(request);
  } catch {
    params = new URLSearchParams();
  }
  const entry = logEntry(emulator, host, url, request, response, params);
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
  const response = faulted ?? (await dispatch(emulator, host, request));
  await record(emulator, host, url, request, response);
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
