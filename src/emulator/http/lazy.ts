/**
 * Lazy web objects: a stand-in whose prototype chain includes `Request.prototype` or
 * `Response.prototype` (so `instanceof` holds) and which answers the cheap members itself, while
 * every other member is forwarded to the real object, built on first use. The emulator's hot
 * paths read only the cheap members, so the real object (with its body stream and abort signal)
 * is usually never built.
 *
 * @module
 */

/**
 * Makes `proto` inherit from `webProto` and forwards each member of `webProto` that `proto` does
 * not define itself to `real(this)`.
 *
 * @example
 * ```ts
 * class Lazy {
 *   materialize(): Response { return new Response('ok'); }
 * }
 * forwardMembers(Lazy.prototype, Response.prototype, (self: Lazy) => self.materialize());
 * ```
 */
export function forwardMembers<T extends object>(proto: object, webProto: T, real: (self: never) => T): void {
  Object.setPrototypeOf(proto, webProto);
  for (const name of Object.getOwnPropertyNames(webProto)) {
    if (name === 'constructor' || Object.hasOwn(proto, name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(webProto, name)!;
    if (typeof descriptor.value === 'function') {
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value(this: never, ...args: unknown[]) {
          const target = real(this) as Record<string, (...a: unknown[]) => unknown>;
          return target[name]!(...args);
        },
      });
    } else if (descriptor.get) {
      Object.defineProperty(proto, name, {
        configurable: true,
        get(this: never) {
          return (real(this) as Record<string, unknown>)[name];
        },
      });
    }
  }
}
