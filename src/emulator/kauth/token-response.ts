/**
 * The body of a successful `POST /oauth/token` (spec §4.2, §5.2), one shape for both grants:
 * `token_type`, `access_token`, `id_token` (when signed), `expires_in`, then `refresh_token` and
 * `refresh_token_expires_in` (when one was issued), then `scope` (code grant only).
 *
 * @module
 */

import { remainingSeconds } from '../model/tokens.js';

/** A token with its expiry (epoch ms). */
interface Expiring {
  token: string;
  expiresAt: number;
}

/** What a grant issued. */
export interface IssuedTokens {
  access: Expiring;
  /** Omitted when the refresh token was kept (a refresh that did not rotate). */
  refresh?: Expiring | undefined;
  idToken?: string | undefined;
  /** Space-separated; the refresh grant sends none. */
  scope?: string | undefined;
  /** Now, epoch ms (for `expires_in`). */
  now: number;
}

/**
 * Kakao's token response, fields in Kakao's order.
 *
 * @example
 * ```ts
 * tokenResponseBody({ access: { token: 'a', expiresAt: 21_600_000 }, now: 0 });
 * // { token_type: 'bearer', access_token: 'a', expires_in: 21600 }
 * ```
 */
export function tokenResponseBody(issued: IssuedTokens): Record<string, unknown> {
  const { access, refresh, idToken, scope, now } = issued;
  return {
    token_type: 'bearer',
    access_token: access.token,
    ...(idToken ? { id_token: idToken } : {}),
    expires_in: remainingSeconds(access.expiresAt, now),
    ...(refresh
      ? { refresh_token: refresh.token, refresh_token_expires_in: remainingSeconds(refresh.expiresAt, now) }
      : {}),
    ...(scope === undefined ? {} : { scope }),
  };
}
