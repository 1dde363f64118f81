/**
 * id_tokens (spec §7.3): RS256, header `{kid, typ: "JWT", alg: "RS256"}`, Kakao's claims, the
 * profile claims only for agreed items (email only when valid and verified).
 *
 * @module
 */

import { epochSeconds } from '../model/clock.js';
import { signRs256 } from '../model/jws.js';
import type { Link, TestUser } from '../model/types.js';
import type { Emulator } from '../types.js';

/** What one id_token states. */
export interface IdTokenInput {
  clientId: string;
  user: TestUser;
  link: Link | undefined;
  authTime: number;
  issuedAt: number;
  expiresAt: number;
  nonce?: string | undefined;
}

/** The profile claims the link's consents allow (`nickname`, `picture`, `email`). */
export function profileClaims(user: TestUser, link: Link | undefined): Record<string, string> {
  const agreed = (id: string) => link?.agreedScopes.has(id) ?? false;
  const claims: Record<string, string> = {};
  if (agreed('profile_nickname') || agreed('profile')) claims.nickname = user.nickname;
  if ((agreed('profile_image') || agreed('profile')) && user.thumbnailImageUrl)
    claims.picture = user.thumbnailImageUrl;
  if (agreed('account_email') && user.email && user.isEmailValid && user.isEmailVerified)
    claims.email = user.email;
  return claims;
}

/**
 * Signs an id_token with the emulator's current key.
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * declare const clientId: string;
 * declare const user: TestUser;
 * declare const link: Link;
 * declare const authTime: number;
 * declare const issuedAt: number;
 * declare const expiresAt: number;
 * declare const nonce: string;
 * const jwt = await signIdToken(emulator, { clientId, user, link, authTime, issuedAt, expiresAt, nonce });
 * ```
 */
export async function signIdToken(emulator: Emulator, input: IdTokenInput): Promise<string> {
  const key = await emulator.state.keys.current();
  const payload: Record<string, unknown> = {
    aud: input.clientId,
    sub: input.user.id,
    auth_time: epochSeconds(input.authTime),
    iss: emulator.issuer,
    exp: epochSeconds(input.expiresAt),
    iat: epochSeconds(input.issuedAt),
    ...(input.nonce === undefined ? {} : { nonce: input.nonce }),
    ...profileClaims(input.user, input.link),
  };
  return signRs256(key, payload, emulator.state.signer);
}
