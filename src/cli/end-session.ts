/**
 * What `logout` and `unlink` share: call Kakao, then forget the profile's tokens.
 *
 * @module
 */
import { type Caller, resolveCaller } from './caller.js';
import type { CommandContext } from './command.js';
import { note, printJson } from './io.js';
import { clearTokens } from './token-store.js';

/**
 * Runs `call` as the resolved caller; clears the saved tokens when they were the ones used.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const ctx: Parameters<typeof endSession>[0];
 * await endSession(ctx, 'Logged out', (caller) => logout(kakao, caller));
 * ```
 */
export async function endSession(
  ctx: CommandContext,
  done: string,
  call: (caller: Caller) => Promise<{ id: string }>,
): Promise<void> {
  const { caller, fromProfile } = resolveCaller(ctx);
  const result = await call(caller);
  if (fromProfile) clearTokens(ctx);
  const cleared = fromProfile ? ` Tokens removed from profile "${ctx.profile.name}".` : '';
  note(ctx.io, `${done} (user ${result.id}).${cleared}`);
  printJson(ctx.io, { id: result.id });
}
