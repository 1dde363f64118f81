/**
 * `kakao-oauth refresh`: get a new access token with the saved (or given) refresh token.
 *
 * @module
 */
import { refreshTokens } from '../../index.js';
import type { Command } from '../args/command.js';
import { secretDescription, secretOption } from '../args/secret-input.js';
import { note, printJson } from '../output/io.js';
import { kakaoClient } from '../session/kakao-client.js';
import { loadTokens, saveTokens, tokenResponse } from '../session/token-store.js';

/** The `refresh` command. */
export const refreshCommand: Command = {
  name: 'refresh',
  summary: 'refresh the tokens (saves the new set; keeps the refresh token when Kakao sends none)',
  description: `Sends the profile's refresh token (or --refresh-token) to Kakao and prints the new token
set. Kakao sends a new refresh token only when the old one has less than a month left; otherwise
the old one stays valid and is kept. KOE322 means the refresh token is gone: run \`kakao-oauth login\`.`,
  options: {
    'refresh-token': {
      type: 'string',
      valueName: 'TOKEN',
      description: secretDescription('refresh-token', "use this refresh token instead of the profile's"),
    },
  },
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx);
    const given = secretOption(ctx, 'refresh-token');
    ctx.redactor.add(given);
    const previous = given === undefined ? loadTokens(ctx) : undefined;
    // refreshTokens keeps the refresh token (and its expiry) when Kakao sends no new one.
    const tokens = await refreshTokens(kakao, previous ?? given!, { signal: ctx.signal });
    ctx.redactor.add(tokens.accessToken, tokens.refreshToken, tokens.idToken);
    // Printed before saving: a rotated refresh token is never lost to a failed profile write.
    printJson(ctx.io, tokenResponse(tokens));
    saveTokens(ctx, tokens);
    note(ctx.io, `Refreshed. Tokens saved to profile "${ctx.profile.name}".`);
    return undefined;
  },
};
