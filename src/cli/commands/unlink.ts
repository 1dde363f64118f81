/**
 * `kakao-oauth unlink`: unlink the user from the app (POST /v1/user/unlink) and forget the tokens.
 *
 * @module
 */

import { unlink } from '../../index.js';
import type { Command } from '../args/command.js';
import { CALLER_OPTIONS } from '../session/caller.js';
import { endSession } from '../session/end-session.js';
import { kakaoClient } from '../session/kakao-client.js';

/** The `unlink` command. */
export const unlinkCommand: Command = {
  name: 'unlink',
  summary: "unlink the user from the app; the profile's tokens are removed",
  description: `Unlinks the user from the app (POST /v1/user/unlink): every token is revoked and the
user must agree again at the next login. Removes the profile's tokens. Prints {"id": "…"}.`,
  options: { ...CALLER_OPTIONS },
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx);
    await endSession(ctx, { done: 'Unlinked', clearOnFailure: false }, (caller) =>
      unlink(kakao, { ...caller, signal: ctx.signal }),
    );
    return undefined;
  },
};
