/**
 * Scope lists: parsing the `scope` parameter (comma- or space-separated, spec §3.1) and the
 * space-separated `scope` of token responses.
 *
 * @module
 */

import type { App, Link } from './types.js';

/** Splits a `scope`/`prompt`/`service_terms` value on commas and spaces, dropping empties and repeats. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[,\s]+/).filter(Boolean))];
}

/** Scope ids the app configures (its consent items). */
export function configuredScopeIds(app: App): Set<string> {
  return new Set(app.consentItems.map((item) => item.id));
}

/**
 * The scopes a token covers: every agreed item the app still configures, plus `openid` when an
 * id_token is issued; sorted, as in Kakao's example (`account_email openid profile_image …`).
 */
export function tokenScopes(app: App, link: Link, withIdToken: boolean): string[] {
  const configured = configuredScopeIds(app);
  const scopes = [...link.agreedScopes].filter((id) => configured.has(id));
  if (withIdToken) scopes.push('openid');
  return [...new Set(scopes)].sort();
}
