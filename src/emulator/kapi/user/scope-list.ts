/**
 * The consent list of `/v2/user/scopes` and `/v2/user/revoke/scopes` (spec §18): every item the
 * app configures (`using: true`), then items the user agreed to that the app no longer uses
 * (`using: false`). `revocable` appears only on agreed items (`false` for required ones).
 *
 * @module
 */

import type { App, ConsentItem, Link } from '../../model/types.js';

/** One element of `scopes`. */
export interface ScopeJson {
  id: string;
  display_name: string;
  type: 'PRIVACY' | 'SERVICE';
  using: boolean;
  agreed: boolean;
  revocable?: boolean;
}

function itemJson(item: ConsentItem, link: Link): ScopeJson {
  const agreed = link.agreedScopes.has(item.id);
  const base = { id: item.id, display_name: item.displayName, type: item.type, using: true, agreed };
  return agreed ? { ...base, revocable: !item.required } : base;
}

function retiredJson(id: string): ScopeJson {
  return { id, display_name: id, type: 'PRIVACY', using: false, agreed: true, revocable: true };
}

/**
 * The scope list, optionally only the ids in `filter` (unknown ids are simply not listed).
 *
 * @example
 * ```ts
 * declare const app: App;
 * declare const link: Link;
 * scopeList(app, link, ['account_email']); // [{ id: 'account_email', …, agreed: true, revocable: true }]
 * ```
 */
export function scopeList(app: App, link: Link, filter?: readonly string[]): ScopeJson[] {
  const configured = new Set(app.consentItems.map((item) => item.id));
  const retired = [...link.agreedScopes].filter((id) => !configured.has(id));
  const all = [...app.consentItems.map((item) => itemJson(item, link)), ...retired.map(retiredJson)];
  return filter === undefined ? all : all.filter((scope) => filter.includes(scope.id));
}

/**
 * The ids the user agreed to, configured items first (the `allowed_scopes` of `-402`).
 *
 * @example
 * ```ts
 * declare const app: App;
 * declare const link: Link;
 * agreedScopeIds(app, link); // ['profile_nickname', 'account_email']
 * ```
 */
export function agreedScopeIds(app: App, link: Link): string[] {
  return scopeList(app, link)
    .filter((scope) => scope.agreed)
    .map((scope) => scope.id);
}
