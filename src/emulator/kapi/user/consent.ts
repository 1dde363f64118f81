/**
 * The consent view of one user for one app: which items the app configures and which the user
 * agreed to. Everything a kapi response reveals about the user goes through here (spec §12,
 * §23.11).
 *
 * @module
 */

import type { App, Link, TestUser } from '../../model/types.js';

/** A user seen through an app's consent state. */
export interface ConsentView {
  user: TestUser;
  app: App;
  link: Link;
  /** `secure_resource=true`: image URLs with `https://`. */
  secure: boolean;
}

/**
 * The app configures the item (then its `*_needs_agreement` flag appears).
 *
 * @example
 * ```ts
 * declare const view: ConsentView;
 * configured(view, 'account_email'); // true for the default app
 * ```
 */
export function configured(view: ConsentView, scope: string): boolean {
  return view.app.consentItems.some((item) => item.id === scope);
}

/**
 * The user agreed to the item.
 *
 * @example
 * ```ts
 * declare const view: ConsentView;
 * const claims: { email?: string } = {};
 * if (agreed(view, 'account_email')) claims.email = view.user.email;
 * ```
 */
export function agreed(view: ConsentView, scope: string): boolean {
  return view.link.agreedScopes.has(scope);
}

/**
 * An image URL as the request asked: `https://` under `secure_resource=true`.
 *
 * @example
 * ```ts
 * declare const view: ConsentView;
 * imageUrl({ ...view, secure: true }, 'http://k.kakaocdn.net/a.jpg'); // 'https://k.kakaocdn.net/a.jpg'
 * ```
 */
export function imageUrl(view: ConsentView, url: string | undefined): string | undefined {
  if (url === undefined || !view.secure) return url;
  return url.replace(/^http:\/\//, 'https://');
}

/**
 * Copies only the defined values (absent data stays absent, never `null`).
 *
 * @example
 * ```ts
 * defined({ a: 1, b: undefined }); // { a: 1 }
 * ```
 */
export function defined(fields: Record<string, unknown>): Record<string, unknown> {
  // A plain loop (not Object.fromEntries): on the /v2/user/me hot path, and the objects it builds
  // stay in V8's fast mode, which JSON.stringify serializes much faster.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
