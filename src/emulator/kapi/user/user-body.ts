/**
 * The user object of `/v2/user/me` and of each element of `/v2/app/users` (spec §12.2):
 * `id` (a JSON integer, 64-bit, lossless), `has_signed_up` (only when the app turned auto-link
 * off), `connected_at`, `synched_at`, `properties`, `kakao_account`.
 *
 * @module
 */

import { jsonId } from '../../http/json.js';
import { rfc3339 } from '../../model/clock.js';
import { agreed, type ConsentView, defined, imageUrl } from './consent.js';
import { kakaoAccount } from './kakao-account.js';
import type { Selection } from './selection.js';

type Fields = Record<string, unknown>;

/** The legacy profile mirrors in `properties`, each shown only under its consent. */
function defaultProperties(view: ConsentView): Record<string, string | undefined> {
  const legacy = agreed(view, 'profile');
  const nickname = legacy || agreed(view, 'profile_nickname');
  const image = legacy || agreed(view, 'profile_image');
  return {
    nickname: nickname ? view.user.nickname : undefined,
    profile_image: image ? imageUrl(view, view.user.profileImageUrl) : undefined,
    thumbnail_image: image ? imageUrl(view, view.user.thumbnailImageUrl) : undefined,
  };
}

/** Copies the selected defined fields of `all` (in its key order); `undefined` when none is left. */
function pick(all: Fields, selected: ReadonlySet<string> | 'all'): Fields | undefined {
  const out: Fields = {};
  let any = false;
  for (const key of Object.keys(all)) {
    const value = all[key];
    if (value === undefined || (selected !== 'all' && !selected.has(key))) continue;
    out[key] = value;
    any = true;
  }
  return any ? out : undefined;
}

/**
 * `properties`: the legacy mirrors plus the custom properties, filtered by the selection;
 * `undefined` when nothing is left.
 *
 * @example
 * ```ts
 * import type { ConsentView } from './consent.js';
 * declare const view: ConsentView;
 * userProperties(view, new Set(['grade'])); // { grade: 'gold' }
 * ```
 */
export function userProperties(
  view: ConsentView,
  selected: ReadonlySet<string> | 'all',
): Record<string, unknown> | undefined {
  const defaults = defaultProperties(view);
  // Custom properties override a mirror of the same name in place (spread order), hence the merge.
  const custom = view.link.properties;
  return pick(Object.keys(custom).length > 0 ? { ...defaults, ...custom } : defaults, selected);
}

/** Everything but `id`, in Kakao's order. */
function bodyWithoutId(view: ConsentView, selection: Selection): Fields {
  const { app, link } = view;
  const body: Fields = {};
  if (!app.autoLink && selection.hasSignedUp) body.has_signed_up = link.hasSignedUp;
  body.connected_at = rfc3339(link.connectedAt);
  if (link.synchedAt !== undefined) body.synched_at = rfc3339(link.synchedAt);
  const properties = userProperties(view, selection.properties);
  if (properties) body.properties = properties;
  const account = kakaoAccount(view, selection.account);
  if (account) body.kakao_account = account;
  return body;
}

/**
 * Builds one user object.
 *
 * @example
 * ```ts
 * import { stringifyJson } from '../../http/json.js';
 * import { SELECT_ALL } from './selection.js';
 * declare const user: TestUser;
 * declare const app: App;
 * declare const link: Link;
 * stringifyJson(userBody({ user, app, link, secure: true }, SELECT_ALL));
 * ```
 */
export function userBody(view: ConsentView, selection: Selection): Record<string, unknown> {
  return defined({ id: jsonId(view.user.id), ...bodyWithoutId(view, selection) });
}

/**
 * One user object as JSON text, the same bytes as `stringifyJson(userBody(view, selection))`:
 * the 64-bit `id` is written first as an integer literal, the rest with plain `JSON.stringify`
 * (no walk for big integers).
 *
 * @example
 * ```ts
 * import { textResponse } from '../../http/text-response.js';
 * import type { ConsentView } from './consent.js';
 * import { SELECT_ALL } from './selection.js';
 * declare const view: ConsentView;
 * declare const headers: [string, string][];
 * textResponse(userBodyJson(view, SELECT_ALL), 200, headers);
 * ```
 */
export function userBodyJson(view: ConsentView, selection: Selection): string {
  const rest = JSON.stringify(bodyWithoutId(view, selection));
  const id = jsonId(view.user.id).toString();
  // `rest` always holds `connected_at`, so it is never `{}`.
  return `{"id":${id},${rest.slice(1)}`;
}
