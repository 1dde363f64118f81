/**
 * The one route contract of the emulator's three hosts (kauth, kapi and the `/__emulator/`
 * controls, with the dashboard): a route declares its methods, its path, who may call it and a
 * handler over the standard `Request`. A host is its route table plus the answers it gives when no
 * route matches, and the one place where its failures become responses.
 *
 * @module
 */

import type { Emulator } from '../types.js';

/**
 * Who may call a route: resolves the caller from the request before the handler runs, or throws
 * the host's failure (mapped to a response by the host, never by the route).
 */
export type Access<C> = (emulator: Emulator, request: Request) => C | Promise<C>;

/** A route's handler: the request, once {@link Access} has admitted its caller. */
export type RouteHandler<C> = (
  emulator: Emulator,
  request: Request,
  caller: C,
) => Response | Promise<Response>;

/** One endpoint of a host. */
export interface Route<C = unknown> {
  /** Accepted HTTP methods (upper case). */
  readonly methods: readonly string[];
  /** The path, as the host's table is keyed. */
  readonly path: string;
  /** Who may call it. */
  readonly access: Access<C>;
  /**
   * Answers an admitted call; throws the host's failure type for an error answer. (A method, so
   * that a table may hold routes of every caller type as `Route<unknown>`.)
   */
  handle(emulator: Emulator, request: Request, caller: C): Response | Promise<Response>;
}

/** Access for routes anyone may call (the host may still guard all its routes first). */
export const anyone: Access<undefined> = () => undefined;

/**
 * Declares a route.
 *
 * @example
 * ```ts
 * import { jsonResponse } from '../http/json.js';
 * export const clockRoute = defineRoute('GET', '/clock', anyone, (emulator) =>
 *   jsonResponse({ now: emulator.state.clock.now() }),
 * );
 * ```
 */
export function defineRoute<C>(
  methods: string | readonly string[],
  path: string,
  access: Access<C>,
  handle: RouteHandler<C>,
): Route<C> {
  return { methods: typeof methods === 'string' ? [methods] : methods, path, access, handle };
}

/**
 * Routes by path, then by method. `Map`s, never plain objects: a path or method such as
 * `constructor` or `__proto__` must find nothing.
 */
export type RouteTable = ReadonlyMap<string, ReadonlyMap<string, Route<unknown>>>;

/**
 * A host's table from its routes (one line each).
 *
 * @throws TypeError when two routes claim the same path and method.
 * @example
 * ```ts
 * declare const clockRoute: Route<undefined>;
 * routeTable([clockRoute]).get('/clock')?.get('GET');
 * ```
 */
export function routeTable(routes: readonly Route<unknown>[]): RouteTable {
  const table = new Map<string, Map<string, Route<unknown>>>();
  for (const route of routes) {
    const methods = table.get(route.path) ?? new Map<string, Route<unknown>>();
    table.set(route.path, methods);
    for (const method of route.methods) {
      if (methods.has(method)) throw new TypeError(`two routes for ${method} ${route.path}`);
      methods.set(method, route);
    }
  }
  return table;
}

/** What a host answers besides its routes, and how its failures become responses. */
export interface Host {
  readonly routes: RouteTable;
  /** The table key of a request (its path, or its path under a prefix). */
  pathOf(request: Request): string;
  /** A refusal before any route is looked up (the controls' guard), or `undefined`. */
  admit?(emulator: Emulator, request: Request): Response | undefined;
  /** The method looked up for a request's method (`HEAD` → `GET` on Kakao's hosts). */
  methodOf?(method: string): string;
  /** The answer to `OPTIONS` on a known path (CORS preflight), when the host has one. */
  preflight?(request: Request, allowed: readonly string[]): Response;
  notFound(path: string): Response;
  methodNotAllowed(method: string, allowed: readonly string[], path: string): Response;
  /** The response for a failure a route (or its access) threw; rethrows anything else. */
  failed(error: unknown): Response;
  /** A last touch on every answer (kapi's CORS header). */
  finish?(request: Request, response: Response): Response;
}

/**
 * Answers one request on `host`: finds the route, admits the caller, runs the handler, and maps
 * a thrown failure in the host's one place.
 *
 * @example
 * ```ts
 * declare const host: Host;
 * declare const emulator: Emulator;
 * declare const request: Request;
 * const response = await serveHost(host, emulator, request);
 * ```
 */
export async function serveHost(host: Host, emulator: Emulator, request: Request): Promise<Response> {
  const refused = host.admit?.(emulator, request);
  if (refused) return refused;
  const response = await answer(host, emulator, request);
  return host.finish ? host.finish(request, response) : response;
}

/** The methods a path accepts, in the order its routes declare them. */
function allowedOn(methods: ReadonlyMap<string, Route<unknown>>): string[] {
  return [...new Set([...methods.values()].flatMap((route) => route.methods))];
}

/** The host's own answer when no route takes the request, else the route's (awaited by the caller). */
function answer(host: Host, emulator: Emulator, request: Request): Response | Promise<Response> {
  const path = host.pathOf(request);
  const methods = host.routes.get(path);
  if (!methods) return host.notFound(path);
  if (request.method === 'OPTIONS' && host.preflight) return host.preflight(request, allowedOn(methods));
  const route = methods.get(host.methodOf ? host.methodOf(request.method) : request.method);
  if (!route) return host.methodNotAllowed(request.method, allowedOn(methods), path);
  return run(host, route, emulator, request);
}

async function run(
  host: Host,
  route: Route<unknown>,
  emulator: Emulator,
  request: Request,
): Promise<Response> {
  try {
    return await route.handle(emulator, request, await route.access(emulator, request));
  } catch (error) {
    return host.failed(error);
  }
}
