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

/** The `me` command. */
export const meCommand: Command = {
  name: 'me',
  summary: "print the user's profile (GET /v2/user/me) as Kakao's JSON",
  description: `Prints the user's profile as Kakao sends it (user ids are printed as strings, exactly).
Uses the profile's access token, --access-token, or --user-id with the admin key.`,
  options: { ...CALLER_OPTIONS },
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx, { restApiKeyNeeded: false });
    const { caller } = resolveCaller(ctx);
    const user = await getUser(kakao, { ...caller, signal: ctx.signal });
    printJson(ctx.io, user);
    return undefined;
  },
};
