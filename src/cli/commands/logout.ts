/**
 * `kakao-oauth logout`: expire the tokens (POST /v1/user/logout) and forget them.
 *
 * @module
 */

import { logout } from '../../index.js';
import type { Command } from '../args/command.js';
import { CALLER_OPTIONS } from '../session/caller.js';
import { endSession } from '../session/end-session.js';
import { kakaoClient } from '../session/kakao-client.js';

/** The `logout` command. */
export const logoutCommand: Command = {
  name: 'logout',
  summary: "log out: Kakao expires the tokens; the profile's tokens are removed",
  description: `Asks Kakao to expire the user's access and refresh tokens (POST /v1/user/logout) and
removes them from the profile. Prints {"id": "…"} with the user id. The profile's tokens are removed
even when Kakao refuses (an expired token: -401) or cannot be reached; the CLI says what Kakao
answered. The user stays linked to the app (see \`unlink\`) and stays logged in to kakao.com in the
browser.`,
  options: { ...CALLER_OPTIONS },
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx);
    await endSession(ctx, { done: 'Logged out', clearOnFailure: true }, (caller) =>
      logout(kakao, { ...caller, signal: ctx.signal }),
    );
    return undefined;
  },
};
