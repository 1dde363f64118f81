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
import { type Selection, selects } from './selection.js';

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

/**
 * `properties`: the legacy mirrors plus the custom properties, filtered by the selection;
 * `undefined` when nothing is left.
 *
 * @example
 * ```ts
 * userProperties(view, new Set(['grade'])); // { grade: 'gold' }
 * ```
 */
export function userProperties(
  view: ConsentView,
  selected: ReadonlySet<string> | 'all',
): Record<string, unknown> | undefined {
  const all = defined({ ...defaultProperties(view), ...view.link.properties });
  const picked = Object.entries(all).filter(([key]) => selects(selected, key));
  return picked.length > 0 ? Object.fromEntries(picked) : undefined;
}

/**
 * Builds one user object.
 *
 * @example
 * ```ts
 * stringifyJson(userBody({ user, app, link, secure: true }, SELECT_ALL));
 * ```
 */
export function userBody(view: ConsentView, selection: Selection): Record<string, unknown> {
  const { app, link } = view;
  return defined({
    id: jsonId(view.user.id),
    has_signed_up: !app.autoLink && selection.hasSignedUp ? link.hasSignedUp : undefined,
    connected_at: rfc3339(link.connectedAt),
    synched_at: link.synchedAt === undefined ? undefined : rfc3339(link.synchedAt),
    properties: userProperties(view, selection.properties),
    kakao_account: kakaoAccount(view, selection.account),
  });
}
