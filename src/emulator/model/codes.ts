/**
 * One-time authorization codes (spec §4.3 "code rules"): single use, 10-minute TTL, bound to the
 * app key, redirect URI, user, scopes, nonce and PKCE challenge.
 *
 * @module
 */

import { newAuthCode } from './random.js';
import type { EmulatorState } from './state.js';
import { sweepExpired } from './sweep.js';
import type { AuthCode } from './types.js';

/** What a code is bound to (the code string and times are filled in). */
export type CodeGrant = Omit<AuthCode, 'code' | 'issuedAt' | 'expiresAt'>;

/** Issues a code for a completed authorization. */
export function issueCode(state: EmulatorState, grant: CodeGrant): AuthCode {
  const now = state.clock.now();
  const code: AuthCode = {
    ...grant,
    code: newAuthCode(),
    issuedAt: now,
    expiresAt: now + state.settings.codeTtlMs,
  };
  sweepExpired(state);
  state.codes.set(code.code, code);
  return code;
}

/**
 * Takes a code out of the store: it can never be redeemed again, whatever happens next. Returns
 * `undefined` for an unknown, already used or expired code (all KOE320).
 */
export function consumeCode(state: EmulatorState, code: string): AuthCode | undefined {
  const found = state.codes.get(code);
  if (!found) return undefined;
  state.codes.delete(code);
  return found.expiresAt > state.clock.now() ? found : undefined;
}
