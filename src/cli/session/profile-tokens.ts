/**
 * The saved profile's tokens through the token manager (`kakao-oauth/tokens`): refreshed before
 * a call when the access token has expired (or after a `-401`), and the new set saved back.
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import type { KakaoTokenSet } from '../../client/tokens/token-set.js';
import { createTokenManager } from '../../tokens/index.js';
import type { CommandContext } from '../args/command.js';
import { clearTokens, loadTokens, saveTokens } from './token-store.js';

const PROFILE = 'profile';

/**
 * Runs a read-only kapi call with the profile's access token, refreshing first when it has
 * expired; a refreshed set is saved to the profile, a dead one (KOE322) removed from it.
 *
 * @throws ConfigError when the profile has no tokens; KakaoSignInRequiredError when they are dead.
 */
export async function callWithProfileTokens<T>(
  ctx: CommandContext,
  kakao: KakaoClient,
  fn: (accessToken: string) => Promise<T>,
): Promise<T> {
  const saved = loadTokens(ctx);
  let latest: KakaoTokenSet | undefined = saved;
  const tokens = createTokenManager({
    kakao,
    exposeTokens: true,
    onRefreshed: ({ tokens: set }) => {
      latest = set;
      ctx.redactor.add(set?.accessToken, set?.refreshToken, set?.idToken);
    },
    onEnded: () => {
      latest = undefined;
    },
  });
  await tokens.save(PROFILE, saved);
  try {
    return await tokens.call(PROFILE, fn, { idempotent: true });
  } finally {
    if (latest === undefined) clearTokens(ctx);
    else if (latest !== saved) saveTokens(ctx, latest);
  }
}
