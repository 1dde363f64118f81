/**
 * `kakao_account` of `/v2/user/me` and `/v2/app/users` (spec §12.2), built strictly from the
 * consent state: item not configured → nothing; configured, not agreed →
 * `<item>_needs_agreement: true` only; agreed → `false` plus the data the user has.
 *
 * @module
 */

import { rfc3339 } from '../../model/clock.js';
import { agreed, type ConsentView, defined, imageUrl, needsAgreement } from './consent.js';
import type { AccountKey } from './selection.js';

type Group = (view: ConsentView) => Record<string, unknown>;

function profileObject(view: ConsentView): Record<string, unknown> | undefined {
  const { user } = view;
  const legacy = agreed(view, 'profile');
  const nickname = legacy || agreed(view, 'profile_nickname');
  const image = legacy || agreed(view, 'profile_image');
  const profile = defined({
    nickname: nickname ? user.nickname : undefined,
    thumbnail_image_url: image ? imageUrl(view, user.thumbnailImageUrl) : undefined,
    profile_image_url: image ? imageUrl(view, user.profileImageUrl) : undefined,
    is_default_image: image ? user.isDefaultImage : undefined,
    is_default_nickname: nickname ? user.isDefaultNickname : undefined,
  });
  return Object.keys(profile).length > 0 ? profile : undefined;
}

const profile: Group = (view) =>
  defined({
    ...needsAgreement(view, 'profile', 'profile_needs_agreement'),
    ...needsAgreement(view, 'profile_nickname', 'profile_nickname_needs_agreement'),
    ...needsAgreement(view, 'profile_image', 'profile_image_needs_agreement'),
    profile: profileObject(view),
  });

/** A group of one flag and one value. */
function simple(scope: string, flagPrefix: string, value: (view: ConsentView) => unknown): Group {
  return (view) =>
    defined({
      ...needsAgreement(view, scope, `${flagPrefix}_needs_agreement`),
      [flagPrefix]: agreed(view, scope) ? value(view) : undefined,
    });
}

const email: Group = (view) => {
  const { user } = view;
  const show = agreed(view, 'account_email') && user.email !== undefined;
  return defined({
    ...needsAgreement(view, 'account_email', 'email_needs_agreement'),
    is_email_valid: show ? user.isEmailValid : undefined,
    is_email_verified: show ? user.isEmailVerified : undefined,
    email: show ? user.email : undefined,
  });
};

const birthday: Group = (view) => {
  const { user } = view;
  const show = agreed(view, 'birthday') && user.birthday !== undefined;
  return defined({
    ...needsAgreement(view, 'birthday', 'birthday_needs_agreement'),
    birthday: show ? user.birthday : undefined,
    birthday_type: show ? user.birthdayType : undefined,
    is_leap_month: show ? (user.isLeapMonth ?? false) : undefined,
  });
};

const ci: Group = (view) => {
  const { user } = view;
  const show = agreed(view, 'account_ci') && user.ci !== undefined;
  const at = user.ciAuthenticatedAt;
  return defined({
    ...needsAgreement(view, 'account_ci', 'ci_needs_agreement'),
    ci: show ? user.ci : undefined,
    ci_authenticated_at: show && at !== undefined ? rfc3339(at) : undefined,
  });
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

/**
 * The `kakao_account` object for the selected groups, or `undefined` when it would be empty.
 *
 * @example
 * ```ts
 * kakaoAccount(view, 'all'); // { profile_nickname_needs_agreement: false, profile: {...}, ... }
 * ```
 */
export function kakaoAccount(
  view: ConsentView,
  groups: ReadonlySet<AccountKey> | 'all',
): Record<string, unknown> | undefined {
  const account: Record<string, unknown> = {};
  for (const [key, group] of Object.entries(GROUPS) as [AccountKey, Group][]) {
    if (groups === 'all' || groups.has(key)) Object.assign(account, group(view));
  }
  return Object.keys(account).length > 0 ? account : undefined;
}
