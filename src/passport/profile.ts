/**
 * The Passport profile, shaped like `passport-kakao`'s, with the id a string.
 *
 * @module
 */
import type { KakaoUser } from '../client/user/user-model.js';

/**
 * What the verify callback receives. As `passport-kakao`'s profile, except that `id` (and
 * `_json.id`) is the exact decimal string — `passport-kakao` gives a rounded number — and `_raw`
 * is not kept.
 *
 * @example
 * ```ts
 * declare const profile: KakaoPassportProfile;
 * console.log(profile.id, profile.displayName, profile._json.kakao_account?.email);
 * ```
 */
export interface KakaoPassportProfile {
  provider: 'kakao';
  /** The Kakao user id, a decimal string (exceeds 2^53). */
  id: string;
  /** The nickname (`properties.nickname`, else the profile's). */
  username: string | undefined;
  displayName: string | undefined;
  /** Email from `kakao_account`, when consented, valid and verified. */
  emails?: { value: string; verified: boolean }[];
  /** The user object of `/v2/user/me`, id as a string. */
  _json: KakaoUser;
}

/**
 * Builds the profile from the user object.
 *
 * @example
 * ```ts
 * declare const user: KakaoUser;
 * const profile = toProfile(user);
 * ```
 */
export function toProfile(user: KakaoUser): KakaoPassportProfile {
  const account = user.kakao_account;
  const nickname = user.properties?.nickname ?? account?.profile?.nickname;
  const verified = account?.is_email_valid === true && account.is_email_verified === true;
  return {
    provider: 'kakao',
    id: user.id,
    username: nickname,
    displayName: nickname,
    ...(account?.email !== undefined && verified ? { emails: [{ value: account.email, verified }] } : {}),
    _json: user,
  };
}
