/**
 * What `logout` and `unlink` share: call Kakao, then forget the profile's tokens.
 *
 * @module
 */

import type { CommandContext } from '../args/command.js';
import { note, printJson } from '../output/io.js';
import { type Caller, resolveCaller } from './caller.js';
import { clearTokens } from './token-store.js';

/** How a session ends. */
export interface EndSessionOptions {
  /** What to say when Kakao agreed (`Logged out`). */
  done: string;
  /**
   * Clear the profile's tokens even when Kakao refused or could not be reached (logout: the user
   * asked to be logged out here; dead tokens must not stick). Unlink keeps them on failure, since the
   * user is still linked.
   */
  clearOnFailure: boolean;
}

/**
 * Runs `call` as the resolved caller; clears the saved tokens when they were the ones used.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const ctx: Parameters<typeof endSession>[0];
 * await endSession(ctx, { done: 'Logged out', clearOnFailure: true }, (caller) => logout(kakao, caller));
 * ```
 */
export async function endSession(
  ctx: CommandContext,
  options: EndSessionOptions,
  call: (caller: Caller) => Promise<{ id: string }>,
): Promise<void> {
  const { caller, fromProfile } = resolveCaller(ctx);
  const removed = ` Tokens removed from profile "${ctx.profile.name}".`;
  let result: { id: string };
  try {
    result = await call(caller);
  } catch (err) {
    if (!fromProfile || !options.clearOnFailure) throw err;
    clearTokens(ctx);
    if (!isInvalidToken(err)) {
      note(ctx.io, `${removed.trim()} Kakao's answer follows:`);
      throw err;
    }
    note(
      ctx.io,
      `Kakao answered -401: the saved access token was already invalid or expired, so there was nothing left to end there.${removed}`,
    );
    return;
  }
  if (fromProfile) clearTokens(ctx);
  note(ctx.io, `${options.done} (user ${result.id}).${fromProfile ? removed : ''}`);
  printJson(ctx.io, { id: result.id });
}

function isInvalidToken(err: unknown): boolean {
  return (err as { apiCode?: unknown } | null)?.apiCode === -401;
}
