/**
 * `kakao_account` of `/v2/user/me` and `/v2/app/users` (spec §12.2), built strictly from the
 * consent state: item not configured → nothing; configured, not agreed →
 * `<item>_needs_agreement: true` only; agreed → `false` plus the data the user has.
 *
 * Each group writes its fields straight into the account object, in Kakao's field order (no
 * intermediate objects: this runs on every `/v2/user/me`).
 *
 * @module
 */

import { rfc3339 } from '../../model/clock.js';
import { type ConsentView, configured, imageUrl } from './consent.js';
import type { AccountKey } from './selection.js';

type Fields = Record<string, unknown>;
type Group = (view: ConsentView, out: Fields) => void;

/**
 * Writes `<flag>: !agreed` when the item is configured or agreed (else nothing); returns whether
 * the user agreed.
 */
function flag(view: ConsentView, out: Fields, scope: string, name: string): boolean {
  const agreed = view.link.agreedScopes.has(scope);
  if (agreed || configured(view, scope)) out[name] = !agreed;
  return agreed;
}

/** Sets `out[name]` unless `value` is undefined (absent data stays absent, never `null`). */
function put(out: Fields, name: string, value: unknown): void {
  if (value !== undefined) out[name] = value;
}

function profileObject(view: ConsentView, nickname: boolean, image: boolean): Fields | undefined {
  if (!nickname && !image) return undefined;
  const { user } = view;
  const profile: Fields = {};
  if (nickname) put(profile, 'nickname', user.nickname);
  if (image) {
    put(profile, 'thumbnail_image_url', imageUrl(view, user.thumbnailImageUrl));
    put(profile, 'profile_image_url', imageUrl(view, user.profileImageUrl));
    put(profile, 'is_default_image', user.isDefaultImage);
  }
  if (nickname) put(profile, 'is_default_nickname', user.isDefaultNickname);
  return Object.keys(profile).length > 0 ? profile : undefined;
}

const profile: Group = (view, out) => {
  const legacy = flag(view, out, 'profile', 'profile_needs_agreement');
  const nickname = flag(view, out, 'profile_nickname', 'profile_nickname_needs_agreement') || legacy;
  const image = flag(view, out, 'profile_image', 'profile_image_needs_agreement') || legacy;
  put(out, 'profile', profileObject(view, nickname, image));
};

/** A group of one flag and one value. */
function simple(scope: string, name: string, value: (view: ConsentView) => unknown): Group {
  const flagName = `${name}_needs_agreement`;
  return (view, out) => {
    if (flag(view, out, scope, flagName)) put(out, name, value(view));
  };
}

const email: Group = (view, out) => {
  const { user } = view;
  if (!flag(view, out, 'account_email', 'email_needs_agreement') || user.email === undefined) return;
  put(out, 'is_email_valid', user.isEmailValid);
  put(out, 'is_email_verified', user.isEmailVerified);
  out.email = user.email;
};

const birthday: Group = (view, out) => {
  const { user } = view;
  if (!flag(view, out, 'birthday', 'birthday_needs_agreement') || user.birthday === undefined) return;
  out.birthday = user.birthday;
  put(out, 'birthday_type', user.birthdayType);
  out.is_leap_month = user.isLeapMonth ?? false;
};

const ci: Group = (view, out) => {
  const { user } = view;
  if (!flag(view, out, 'account_ci', 'ci_needs_agreement') || user.ci === undefined) return;
  out.ci = user.ci;
  if (user.ciAuthenticatedAt !== undefined) out.ci_authenticated_at = rfc3339(user.ciAuthenticatedAt);
};

/** Every group, in Kakao's field order. */
const GROUPS: Record<AccountKey, Group> = {
  profile,
  name: simple('name', 'name', (v) => v.user.name),
  email,
  age_range: simple('age_range', 'age_range', (v) => v.user.ageRange),
  birthyear: simple('birthyear', 'birthyear', (v) => v.user.birthyear),
  birthday,
  gender: simple('gender', 'gender', (v) => v.user.gender),
  phone_number: simple('phone_number', 'phone_number', (v) => v.user.phoneNumber),
  ci,
};

const GROUP_ENTRIES = Object.entries(GROUPS) as [AccountKey, Group][];

/**
 * The `kakao_account` object for the selected groups, or `undefined` when it would be empty.
 *
 * @example
 * ```ts
 * import type { ConsentView } from './consent.js';
 * declare const view: ConsentView;
 * kakaoAccount(view, 'all'); // { profile_nickname_needs_agreement: false, profile: {...}, ... }
 * ```
 */
export function kakaoAccount(
  view: ConsentView,
  groups: ReadonlySet<AccountKey> | 'all',
): Record<string, unknown> | undefined {
  const account: Fields = {};
  for (const [key, group] of GROUP_ENTRIES) {
    if (groups === 'all' || groups.has(key)) group(view, account);
  }
  return Object.keys(account).length > 0 ? account : undefined;
}
