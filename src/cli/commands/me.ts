/**
 * `kakao-oauth me`: the user's profile (GET /v2/user/me).
 *
 * @module
 */

import { getUser } from '../../index.js';
import type { Command } from '../args/command.js';
import { printJson } from '../output/io.js';
import { CALLER_OPTIONS, resolveCaller } from '../session/caller.js';
import { kakaoClient } from '../session/kakao-client.js';
import { callWithProfileTokens } from '../session/profile-tokens.js';

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
    const { caller, fromProfile } = resolveCaller(ctx);
    // A saved profile's tokens may need a refresh, which needs the REST API key; a token or user id
    // given on the command line does not.
    const kakao = kakaoClient(ctx, { restApiKeyNeeded: fromProfile });
    const me = (who: typeof caller) => getUser(kakao, { ...who, signal: ctx.signal });
    const user = await (fromProfile
      ? callWithProfileTokens(ctx, kakao, (accessToken) => me({ accessToken }))
      : me(caller));
    printJson(ctx.io, user);
    return undefined;
  },
};
