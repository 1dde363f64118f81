/**
 * `property_keys` (spec §12.1): which parts of a user object to return. A trailing dot selects
 * every child (`kakao_account.`, `properties.`); `kakao_account.email` pulls in its companion
 * fields (`email_needs_agreement`, `is_email_valid`, `is_email_verified`). `id`, `connected_at`
 * and `synched_at` always come back.
 *
 * @module
 */

import type { App } from '../../model/types.js';
import { fail } from '../failure.js';

/** The `kakao_account.<key>` selectors, each a group of fields (see `kakao-account.ts`). */
export const ACCOUNT_KEYS = [
  'profile',
  'name',
  'email',
  'age_range',
  'birthyear',
  'birthday',
  'gender',
  'phone_number',
  'ci',
] as const;

/** One `kakao_account` group. */
export type AccountKey = (typeof ACCOUNT_KEYS)[number];

/** The legacy `properties.*` keys that mirror the Kakao profile (read-only). */
export const DEFAULT_PROPERTY_KEYS = ['nickname', 'profile_image', 'thumbnail_image'] as const;

/** What to put in a user object. `'all'` = every available field of that part. */
export interface Selection {
  hasSignedUp: boolean;
  account: ReadonlySet<AccountKey> | 'all';
  properties: ReadonlySet<string> | 'all';
}

/** Everything (`/v2/user/me` without `property_keys`). */
export const SELECT_ALL: Selection = { hasSignedUp: true, account: 'all', properties: 'all' };

/** Only `id`, `connected_at`, `synched_at` (`/v2/app/users` without `property_keys`). */
export const SELECT_BASE: Selection = { hasSignedUp: false, account: new Set(), properties: new Set() };

const ALWAYS = new Set(['id', 'connected_at', 'synched_at']);

function isAccountKey(key: string): key is AccountKey {
  return (ACCOUNT_KEYS as readonly string[]).includes(key);
}

function propertyKnown(app: App, key: string): boolean {
  return (DEFAULT_PROPERTY_KEYS as readonly string[]).includes(key) || app.propertyKeys.includes(key);
}

/**
 * Turns `property_keys` into a {@link Selection}. Unknown keys → `-2`; `properties.<k>` for a key
 * the app does not define → `-201`.
 *
 * @example
 * ```ts
 * declare const app: App;
 * parseSelection(app, ['kakao_account.email', 'properties.']);
 * ```
 */
export function parseSelection(app: App, keys: readonly string[]): Selection {
  let account: Set<AccountKey> | 'all' = new Set();
  let properties: Set<string> | 'all' = new Set();
  let hasSignedUp = false;
  const unknownProperties: string[] = [];
  for (const key of keys) {
    if (ALWAYS.has(key)) continue;
    if (key === 'has_signed_up') hasSignedUp = true;
    else if (key === 'kakao_account.') account = 'all';
    else if (key === 'properties.') properties = 'all';
    else if (key.startsWith('kakao_account.') && isAccountKey(key.slice(14))) {
      if (account !== 'all') account.add(key.slice(14) as AccountKey);
    } else if (key.startsWith('properties.')) {
      const name = key.slice(11);
      if (!propertyKnown(app, name)) unknownProperties.push(name);
      else if (properties !== 'all') properties.add(name);
    } else fail(-2, `invalid property_keys: [${key}] is not a user property key.`);
  }
  if (unknownProperties.length > 0) {
    fail(-201, `user property not found ([${unknownProperties.join(', ')}] for appId=${app.id})`);
  }
  return { hasSignedUp, account, properties };
}
