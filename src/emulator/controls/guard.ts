/**
 * Who may call the test controls. They hand out admin keys and secrets and change the state, so
 * a request is refused (403) unless it is addressed to a loopback host (or a host the emulator
 * was configured with), and it does not come from a web page of another site; a request with a
 * body must say it is JSON (415). This stops DNS rebinding (a foreign `Host`) and cross-site
 * `<form>` or `fetch` posts (`Origin`, `Sec-Fetch-Site`, a `text/plain` body).
 *
 * @module
 */

import { knownBodyTextOf, mayHaveBody } from '../http/body.js';
import { reply } from '../route/json-body.js';
import type { Emulator } from '../types.js';

const IPV4_LOOPBACK = /^127(?:\.\d{1,3}){3}$/;

/** `localhost`, `*.localhost`, 127.0.0.0/8 and `::1`. */
function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || IPV4_LOOPBACK.test(name) || name === '[::1]';
}

/** The host name of a `Host` header value (`[::1]:80` → `[::1]`), or `undefined` when malformed. */
function hostnameOf(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

/** Whether `hostname` may reach the controls: loopback, a base URL's host, or a configured host. */
function hostAllowed(emulator: Emulator, hostname: string): boolean {
  if (isLoopbackName(hostname)) return true;
  const name = hostname.toLowerCase();
  if (name === new URL(emulator.authUrl).hostname || name === new URL(emulator.apiUrl).hostname) return true;
  return emulator.controlHosts.includes(name);
}

function refuse(status: number, error: string): Response {
  return reply({ error }, status);
}

function checkHost(emulator: Emulator, request: Request): Response | undefined {
  const host = request.headers.get('host') ?? new URL(request.url).host;
  const hostname = hostnameOf(host);
  if (hostname !== undefined && hostAllowed(emulator, hostname)) return undefined;
  return refuse(
    403,
    'the test controls answer only requests addressed to a loopback host (localhost, 127.0.0.1, [::1]); add other host names with the emulator option controlHosts',
  );
}

function checkOrigin(emulator: Emulator, request: Request): Response | undefined {
  if (request.headers.get('sec-fetch-site')?.toLowerCase() === 'cross-site') {
    return refuse(
      403,
      'the test controls refuse requests from web pages of another site (Sec-Fetch-Site: cross-site)',
    );
  }
  const origin = request.headers.get('origin');
  if (origin === null) return undefined;
  const hostname = origin === 'null' ? undefined : hostnameOf(origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''));
  if (hostname !== undefined && hostAllowed(emulator, hostname)) return undefined;
  return refuse(
    403,
    'the test controls refuse requests from web pages of another origin (Origin is not a loopback host)',
  );
}

function isJsonType(type: string): boolean {
  const essence = type.toLowerCase().split(';')[0]!.trim();
  return essence === 'application/json' || /^application\/[^/]+\+json$/.test(essence);
}

function checkContentType(request: Request, bodyText: string | undefined): Response | undefined {
  if (!mayHaveBody(request.method)) return undefined;
  const type = request.headers.get('content-type');
  if (type === null ? !bodyText : isJsonType(type)) return undefined;
  return refuse(415, 'a test control body must be JSON: send it with Content-Type: application/json');
}

/**
 * The refusal for a control request that must not be served, or `undefined` when it may be.
 * The body, when there is one, was read by the router before.
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * declare const request: Request;
 * const refused = refuseUntrusted(emulator, request);
 * ```
 */
export function refuseUntrusted(emulator: Emulator, request: Request): Response | undefined {
  return (
    checkHost(emulator, request) ??
    checkOrigin(emulator, request) ??
    checkContentType(request, knownBodyTextOf(request))
  );
}
