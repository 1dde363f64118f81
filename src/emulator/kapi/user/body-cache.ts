/**
 * A cache of rendered `/v2/user/me` bodies, exact by construction: an entry is reused only when
 * every input the body is built from is still the same value. Each entry keeps a "stamp" of
 * those inputs (the user's profile fields, the app's auto-link switch and configured consent
 * items, the link's times, sign-up flag, agreed scopes and custom properties) and each lookup
 * compares it with the current ones, so any change — through a route, a test control, or a test
 * that edits `emulator.state` directly — renders afresh. Nothing has to remember to invalidate.
 *
 * Which fields are stamped is declared per field of `TestUser`, `App` and `Link` in records the
 * compiler checks for completeness: a new model field must be classified before it compiles.
 *
 * @module
 */

import type { App, Link, TestUser } from '../../model/types.js';
import type { ConsentView } from './consent.js';

/** `read`: the body may show it (stamped); `unread`: the body never depends on it. */
type Use = 'read' | 'unread';

const USER_FIELDS: Record<keyof TestUser, Use> = {
  id: 'read',
  loginId: 'unread',
  nickname: 'read',
  isDefaultNickname: 'read',
  profileImageUrl: 'read',
  thumbnailImageUrl: 'read',
  isDefaultImage: 'read',
  name: 'read',
  email: 'read',
  isEmailValid: 'read',
  isEmailVerified: 'read',
  ageRange: 'read',
  birthyear: 'read',
  birthday: 'read',
  birthdayType: 'read',
  isLeapMonth: 'read',
  gender: 'read',
  phoneNumber: 'read',
  ci: 'read',
  ciAuthenticatedAt: 'read',
  shippingAddresses: 'unread',
};

/** `consentItems` is stamped by its items' ids (the body asks "is this item configured?"). */
const APP_FIELDS: Record<keyof App, Use> = {
  id: 'unread',
  name: 'unread',
  restApiKey: 'unread',
  javascriptKey: 'unread',
  nativeAppKey: 'unread',
  adminKey: 'unread',
  clientSecret: 'unread',
  redirectUris: 'unread',
  logoutRedirectUris: 'unread',
  consentItems: 'read',
  oidc: 'unread',
  autoLink: 'read',
  serviceTerms: 'unread',
  propertyKeys: 'unread',
  loginEnabled: 'unread',
  members: 'unread',
  blockUnder14: 'unread',
  channelPublicIds: 'unread',
  unlinkCallbackUrl: 'unread',
};

/** `agreedScopes` is stamped by its members, `properties` by its keys and values. */
const LINK_FIELDS: Record<keyof Link, Use> = {
  appId: 'unread',
  userId: 'unread',
  connectedAt: 'read',
  synchedAt: 'read',
  agreedScopes: 'read',
  serviceTerms: 'unread',
  properties: 'read',
  hasSignedUp: 'read',
};

/** Every field of the three model objects and whether the body reads it (for the tests). */
export const BODY_INPUTS = { user: USER_FIELDS, app: APP_FIELDS, link: LINK_FIELDS } as const;

function readFields<T>(fields: Record<keyof T, Use>): (keyof T)[] {
  return (Object.keys(fields) as (keyof T)[]).filter((name) => fields[name] === 'read');
}

const USER_READ = readFields(USER_FIELDS);
const APP_VALUES = readFields(APP_FIELDS).filter((name) => name !== 'consentItems');
const LINK_VALUES = readFields(LINK_FIELDS).filter(
  (name) => name !== 'agreedScopes' && name !== 'properties',
);

/** Every input of the body, flattened, in a fixed order. */
function stampOf({ user, app, link }: ConsentView): unknown[] {
  const stamp: unknown[] = [user, app];
  for (const name of USER_READ) stamp.push(user[name]);
  for (const name of APP_VALUES) stamp.push(app[name]);
  stamp.push(app.consentItems.length);
  for (const item of app.consentItems) stamp.push(item.id);
  for (const name of LINK_VALUES) stamp.push(link[name]);
  stamp.push(link.agreedScopes.size);
  for (const scope of link.agreedScopes) stamp.push(scope);
  for (const name in link.properties) stamp.push(name, link.properties[name]);
  return stamp;
}

function sameStamp(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** A rendered body: its text, and the same text as UTF-8 (what the Node binding writes). */
export interface RenderedBody {
  text: string;
  bytes: Uint8Array;
}

interface Entry extends RenderedBody {
  stamp: unknown[];
}

const encoder = new TextEncoder();

/** Most variants (`secure_resource` × `property_keys`) kept per link. */
const VARIANTS_PER_LINK = 8;

const entries = new WeakMap<Link, Map<string, Entry>>();

/**
 * The body `render()` would build for `view`, reused when nothing it depends on changed.
 * `variant` names everything else the body depends on (the request's `secure_resource` and
 * `property_keys`).
 *
 * @example
 * ```ts
 * import type { ConsentView } from './consent.js';
 * import { SELECT_ALL } from './selection.js';
 * import { userBodyJson } from './user-body.js';
 * declare const view: ConsentView;
 * declare const secure: boolean;
 * declare const keys: string;
 * const { text, bytes } = cachedBody(view, `${secure}|${keys}`, () => userBodyJson(view, SELECT_ALL));
 * ```
 */
export function cachedBody(view: ConsentView, variant: string, render: () => string): RenderedBody {
  const stamp = stampOf(view);
  let variants = entries.get(view.link);
  const hit = variants?.get(variant);
  if (hit && sameStamp(hit.stamp, stamp)) return hit;
  const text = render();
  const entry = { stamp, text, bytes: encoder.encode(text) };
  if (!variants) {
    variants = new Map();
    entries.set(view.link, variants);
  }
  if (variants.size >= VARIANTS_PER_LINK && !variants.has(variant)) variants.clear();
  variants.set(variant, entry);
  return entry;
}
