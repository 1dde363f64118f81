/**
 * `kakao-oauth me`: the user's profile (GET /v2/user/me).
 *
 * @module
 */

import { getUser } from '../../client/index.js';
import { CALLER_OPTIONS, resolveCaller } from '../caller.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { kakaoClient } from '../kakao-client.js';
import { callWithProfileTokens } from '../profile-tokens.js';

/** The `me` command. */
export const meCommand: Command = {
  name: 'me',
  summary: "print the user's profile (GET /v2/user/me) as Kakao's JSON",
  description: `Prints the user's profile as Kakao sends it (user ids are printed as strings, exactly).
Uses the profile's access token (refreshed and saved first when it has expired), --access-token,
or --user-id with the admin key.`,
  options: { ...CALLER_OPTIONS },
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx);
    const { caller, fromProfile } = resolveCaller(ctx);
    const me = (who: typeof caller) => getUser(kakao, { ...who, signal: ctx.signal });
    const user = await (fromProfile
      ? callWithProfileTokens(ctx, kakao, (accessToken) => me({ accessToken }))
      : me(caller));
    printJson(ctx.io, user);
    return undefined;
  },
};
