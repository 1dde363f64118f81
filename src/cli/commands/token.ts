/**
 * `kakao-oauth token --code CODE`: trade an authorization code you already have for tokens.
 *
 * @module
 */
import { exchangeCode } from '../../index.js';
import type { Command } from '../args/command.js';
import { stringOption } from '../args/option-values.js';
import { secretDescription, secretOption } from '../args/secret-input.js';
import { UsageError } from '../errors.js';
import { note, printJson } from '../output/io.js';
import { kakaoClient } from '../session/kakao-client.js';
import { saveTokens, tokenResponse } from '../session/token-store.js';

/** The `token` command. */
export const tokenCommand: Command = {
  name: 'token',
  summary: "trade an authorization code for tokens (prints Kakao's token JSON, saves it)",
  description: `Sends the code to Kakao's token endpoint (grant_type=authorization_code) and prints the
token response in Kakao's snake_case names. The redirect URI must be the one used to get the code
(Kakao compares them exactly). If the authorize URL carried a PKCE challenge (as \`kakao-oauth url\`
makes), pass its verifier with --code-verifier. A code works once and expires after a few minutes.`,
  options: {
    code: {
      type: 'string',
      valueName: 'CODE',
      description: secretDescription('code', 'the authorization code from the redirect (required)'),
    },
    'code-verifier': {
      type: 'string',
      valueName: 'V',
      description: secretDescription('code-verifier', 'the PKCE verifier printed by `kakao-oauth url`'),
    },
    nonce: {
      type: 'string',
      valueName: 'N',
      description: 'the nonce printed by `kakao-oauth url` (checked in the ID token)',
    },
  },
  usesConfig: true,
  async run(ctx) {
    const code = secretOption(ctx, 'code');
    if (!code)
      throw new UsageError(
        'kakao-oauth token: --code CODE (or --code - to read it from stdin, or KAKAO_CODE) is required. Run `kakao-oauth token --help`.',
        'token',
      );
    const codeVerifier = secretOption(ctx, 'code-verifier');
    ctx.redactor.add(code, codeVerifier);
    ctx.hints.codeVerifierMissing = codeVerifier === undefined;
    const kakao = kakaoClient(ctx);
    const nonce = stringOption(ctx, 'nonce');
    const tokens = await exchangeCode(
      kakao,
      { code, codeVerifier, signal: ctx.signal },
      { nonce: nonce ?? false },
    );
    ctx.redactor.add(tokens.accessToken, tokens.refreshToken, tokens.idToken);
    // Printed before saving: a rotated refresh token is never lost to a failed profile write.
    printJson(ctx.io, tokenResponse(tokens));
    saveTokens(ctx, tokens);
    note(ctx.io, `Tokens saved to profile "${ctx.profile.name}" (${ctx.profile.path}).`);
    return undefined;
  },
};
