/**
 * `kakao-oauth verify [ID_TOKEN]`: verify an ID token and print its claims.
 *
 * @module
 */
import { verifyIdToken } from '../../index.js';
import type { Command } from '../args/command.js';
import { stringOption } from '../args/option-values.js';
import { ConfigError } from '../errors.js';
import { note, printJson } from '../output/io.js';
import { kakaoClient } from '../session/kakao-client.js';
import { loadTokens } from '../session/token-store.js';

/** The `verify` command. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: "verify an ID token (signature from Kakao's JWKS, iss, aud, exp, nonce) and print its claims",
  description: `Verifies an ID token the way a server should: RS256 signature with a key from the
issuer's JWKS, iss, aud (your REST API key), exp, and nonce when given. Without ID_TOKEN it checks
the profile's ID token. Prints the claims as JSON.`,
  options: {
    nonce: { type: 'string', valueName: 'N', description: 'the nonce sent with the authorize request' },
  },
  positionals: [
    {
      name: 'ID_TOKEN',
      required: false,
      description: "the ID token (default: the profile's; - reads it from stdin)",
    },
  ],
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx);
    const given = ctx.positionals[0];
    // `-` reads the token from stdin: an argument is visible to other users in the process list.
    const idToken = given === '-' ? (await ctx.readStdin()).trim() : (given ?? loadTokens(ctx).idToken);
    if (!idToken) {
      throw new ConfigError(
        `Profile "${ctx.profile.name}" has no ID token: log in with openid in --scope (and OIDC on for the app), or pass ID_TOKEN.`,
      );
    }
    ctx.redactor.add(idToken);
    const nonce = stringOption(ctx, 'nonce');
    if (nonce === undefined)
      note(ctx.io, 'Nonce not checked (pass --nonce N to check it); signature, iss, aud and exp are.');
    const claims = await verifyIdToken(kakao, idToken, { nonce: nonce ?? false });
    printJson(ctx.io, claims);
    return undefined;
  },
};
