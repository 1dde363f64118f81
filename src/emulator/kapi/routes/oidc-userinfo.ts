/**
 * `GET|POST /v1/oidc/userinfo` (spec §7.5): OpenID Connect claims of the token's user, only those
 * the user agreed to. Bearer only. An app with OIDC off → 403 `-3` (our choice: Kakao does not
 * document this case).
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#oidc-user-info
 */

import { jsonResponse } from '../../http/json.js';
import { fail } from '../failure.js';
import { bearerRoute } from '../route.js';
import { agreed, type ConsentView, defined } from '../user/consent.js';

function birthdate(view: ConsentView): string | undefined {
  const { birthyear, birthday } = view.user;
  const year = agreed(view, 'birthyear') ? birthyear : undefined;
  const day = agreed(view, 'birthday') ? birthday : undefined;
  if (day) return `${year ?? '0000'}-${day.slice(0, 2)}-${day.slice(2, 4)}`;
  return year;
}

function emailClaims(view: ConsentView): Record<string, unknown> {
  const { user } = view;
  if (!agreed(view, 'account_email') || !user.email) return {};
  return { email: user.email, email_verified: user.isEmailValid && user.isEmailVerified };
}

/**
 * The claims the consent state allows (`sub` always).
 *
 * @example
 * ```ts
 * declare const user: TestUser;
 * declare const app: App;
 * declare const link: Link;
 * userInfoClaims({ user, app, link, secure: false }); // { sub: '1376016924426111111', nickname: '민준', … }
 * ```
 */
export function userInfoClaims(view: ConsentView): Record<string, unknown> {
  const { user } = view;
  const legacy = agreed(view, 'profile');
  const phone = agreed(view, 'phone_number') ? user.phoneNumber : undefined;
  return defined({
    sub: user.id,
    name: agreed(view, 'name') ? user.name : undefined,
    nickname: legacy || agreed(view, 'profile_nickname') ? user.nickname : undefined,
    picture: legacy || agreed(view, 'profile_image') ? user.thumbnailImageUrl : undefined,
    ...emailClaims(view),
    gender: agreed(view, 'gender') ? user.gender : undefined,
    birthdate: birthdate(view),
    phone_number: phone,
    phone_number_verified: phone === undefined ? undefined : true,
  });
}

/** The route. */
export const oidcUserInfoRoute = bearerRoute(['GET', 'POST'], '/v1/oidc/userinfo', ({ caller }) => {
  const { app, user, link } = caller;
  if (!app.oidc) fail(-3, 'OpenID Connect is not enabled for this app.');
  return jsonResponse(userInfoClaims({ app, user, link, secure: false }));
});
