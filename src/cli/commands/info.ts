/**
 * `kakao-oauth info`: the access token's info (GET /v1/user/access_token_info).
 *
 * @module
 */
import { getAccessTokenInfo } from '../../index.js';
import type { Command } from '../args/command.js';
import { secretOption } from '../args/secret-input.js';
import { printJson } from '../output/io.js';
import { CALLER_OPTIONS } from '../session/caller.js';
import { kakaoClient } from '../session/kakao-client.js';
import { loadTokens } from '../session/token-store.js';

/** The `info` command. */
export const infoCommand: Command = {
  name: 'info',
  summary: "print the access token's info (user id, app id, seconds left)",
  description: `Asks Kakao about the profile's access token (or --access-token): which user and app it
belongs to and how many seconds it has left. -401 means it is invalid or expired: run
\`kakao-oauth refresh\`.`,
  options: { 'access-token': CALLER_OPTIONS['access-token']! },
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx, { restApiKeyNeeded: false });
    const accessToken = secretOption(ctx, 'access-token') ?? loadTokens(ctx).accessToken;
    ctx.redactor.add(accessToken);
    const { expiresAt: _absolute, ...info } = await getAccessTokenInfo(kakao, {
      accessToken,
      signal: ctx.signal,
    });
    printJson(ctx.io, info);
    return undefined;
  },
};
