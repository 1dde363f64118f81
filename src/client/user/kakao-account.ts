/**
 * The typed `kakao_account` of `/v2/user/me` (spec §12.2). Field names are Kakao's own.
 *
 * Data fields appear only when the user agreed and has a value; a `*_needs_agreement: true` flag
 * means the item is configured but not yet agreed (request it with additional consent).
 *
 * @module
 */

/**
 * `kakao_account.profile`.
 *
 * @example
 * ```ts
 * declare const user: KakaoUser;
 * const profile: KakaoProfile | undefined = user.kakao_account?.profile;
 * ```
 */
export interface KakaoProfile {
  nickname?: string;
  /** 110×110 (or 100×100) image URL. */
  thumbnail_image_url?: string;
  /** 640×640 (or 480×480) image URL. */
  profile_image_url?: string;
  /** True when the user has no custom picture. */
  is_default_image?: boolean;
  /** True when Kakao substituted its placeholder nickname. */
  is_default_nickname?: boolean;
}

/**
 * Age buckets Kakao reports (`1~9` per the docs, `0~9` per the SDK).
 *
 * @example
 * ```ts
 * declare const user: KakaoUser;
 * const range: KakaoAgeRange | undefined = user.kakao_account?.age_range;
 * ```
 */
export type KakaoAgeRange =
  | '0~9'
  | '1~9'
  | '10~14'
  | '15~19'
  | '20~29'
  | '30~39'
  | '40~49'
  | '50~59'
  | '60~69'
  | '70~79'
  | '80~89'
  | '90~'
  | (string & {});

/**
 * `kakao_account` with every documented field (and the deprecated ones servers may still send).
 *
 * @example
 * ```ts
 * declare const user: KakaoUser;
 * declare function send(email: string | undefined): void;
 * const account: KakaoAccount | undefined = user.kakao_account;
 * if (account?.is_email_valid && account.is_email_verified) send(account.email);
 * ```
 */
export interface KakaoAccount {
  /** Legacy combined "profile" consent item. */
  profile_needs_agreement?: boolean;
  profile_nickname_needs_agreement?: boolean;
  profile_image_needs_agreement?: boolean;
  profile?: KakaoProfile;

  name_needs_agreement?: boolean;
  /** Real name. */
  name?: string;

  email_needs_agreement?: boolean;
  /** False when another Kakao account now uses the address. */
  is_email_valid?: boolean;
  is_email_verified?: boolean;
  /** Use only when `is_email_valid` and `is_email_verified` are both true. */
  email?: string;

  age_range_needs_agreement?: boolean;
  age_range?: KakaoAgeRange;

  birthyear_needs_agreement?: boolean;
  /** `YYYY`. */
  birthyear?: string;

  birthday_needs_agreement?: boolean;
  /** `MMDD`. */
  birthday?: string;
  birthday_type?: 'SOLAR' | 'LUNAR' | (string & {});
  is_leap_month?: boolean;

  gender_needs_agreement?: boolean;
  gender?: 'female' | 'male' | (string & {});

  phone_number_needs_agreement?: boolean;
  /** E.g. `+82 010-1234-5678`. */
  phone_number?: string;

  ci_needs_agreement?: boolean;
  /** Connecting information (permission-gated). */
  ci?: string;
  /** RFC 3339. */
  ci_authenticated_at?: string;

  /** Partner-only items. */
  legal_name_needs_agreement?: boolean;
  legal_name?: string;
  legal_birth_date_needs_agreement?: boolean;
  /** `yyyyMMdd`. */
  legal_birth_date?: string;
  legal_gender_needs_agreement?: boolean;
  legal_gender?: string;
  is_korean_needs_agreement?: boolean;
  is_korean?: boolean;

  /** @deprecated still sent by some servers. */
  has_email?: boolean;
  /** @deprecated */
  has_age_range?: boolean;
  /** @deprecated */
  has_birthday?: boolean;
  /** @deprecated */
  has_gender?: boolean;
  /** @deprecated */
  has_phone_number?: boolean;
  /** @deprecated */
  has_ci?: boolean;

  [extra: string]: unknown;
}

/**
 * Scope ids the user still has to agree to, from the `*_needs_agreement` flags (ask for them with
 * `buildAuthorizationUrl(kakao, { scope })`).
 *
 * @example
 * ```ts
 * declare const user: KakaoUser;
 * const missing = scopesNeedingAgreement(user.kakao_account); // e.g. ['account_email']
 * ```
 */
export function scopesNeedingAgreement(account: KakaoAccount | undefined): string[] {
  if (account === undefined) return [];
  return Object.entries(FLAG_SCOPES)
    .filter(([flag]) => account[flag] === true)
    .map(([, scope]) => scope);
}

const FLAG_SCOPES: Readonly<Record<string, string>> = {
  profile_needs_agreement: 'profile',
  profile_nickname_needs_agreement: 'profile_nickname',
  profile_image_needs_agreement: 'profile_image',
  name_needs_agreement: 'name',
  email_needs_agreement: 'account_email',
  age_range_needs_agreement: 'age_range',
  birthyear_needs_agreement: 'birthyear',
  birthday_needs_agreement: 'birthday',
  gender_needs_agreement: 'gender',
  phone_number_needs_agreement: 'phone_number',
  ci_needs_agreement: 'account_ci',
  legal_name_needs_agreement: 'legal_name',
  legal_birth_date_needs_agreement: 'legal_birth_date',
  legal_gender_needs_agreement: 'legal_gender',
  is_korean_needs_agreement: 'is_korean',
};
