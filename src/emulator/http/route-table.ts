/**
 * Route tables keyed by request-controlled strings (path, method). They are `Map`s, never plain
 * objects: a path or method such as `constructor` or `__proto__` must find nothing.
 *
 * @module
 */

/** Handlers by path, then by method. */
export type RouteTable<H> = ReadonlyMap<string, ReadonlyMap<string, H>>;

/**
 * Builds a {@link RouteTable} from a literal written in code (its keys are ours; lookups go
 * through the `Map`s).
 *
 * @example
 * ```ts
 * declare const handleToken: () => Response;
 * const table = routeTable({ '/oauth/token': { POST: handleToken } });
 * table.get('/oauth/token')?.get('POST');
 * ```
 */
export function routeTable<H>(routes: Readonly<Record<string, Readonly<Record<string, H>>>>): RouteTable<H> {
  return new Map(Object.entries(routes).map(([path, methods]) => [path, new Map(Object.entries(methods))]));
}
