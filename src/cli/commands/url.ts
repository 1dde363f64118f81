/**
 * `kakao-oauth url`: print an authorize URL with a fresh state, PKCE pair and nonce.
 *
 * @module
 */
import { buildAuthorizationUrl, generateNonce, generatePkce, generateState } from '../../index.js';
import type { Command } from '../args/command.js';
import { choiceListOption, listOption, stringOption } from '../args/option-values.js';
import { AUTHORIZE_OPTIONS, PROMPT_VALUES } from '../login/options.js';
import { printJson } from '../output/io.js';
import { kakaoClient } from '../session/kakao-client.js';

/** The `url` command. */
export const urlCommand: Command = {
  name: 'url',
  summary: 'print an authorize URL plus the state, PKCE verifier and nonce it uses (JSON)',
  description: `Prints JSON with the authorize URL and the values a later step needs:
  { "url", "state", "code_verifier", "code_challenge_method", "nonce", "redirect_uri" }
(code_challenge_method is always S256: the URL carries the PKCE challenge of code_verifier.)
Open the URL, log in, copy the code from the redirect, then:
  kakao-oauth token --code CODE --code-verifier VERIFIER [--nonce NONCE]`,
  options: {
    ...AUTHORIZE_OPTIONS,
    state: { type: 'string', valueName: 'S', description: 'use this state instead of a random one' },
  },
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx);
    const pkce = await generatePkce();
    const state = stringOption(ctx, 'state') ?? generateState();
    const nonce = generateNonce();
    const url = buildAuthorizationUrl(kakao, {
      scope: listOption(ctx, 'scope'),
      prompt: choiceListOption(ctx, 'prompt', PROMPT_VALUES),
      loginHint: stringOption(ctx, 'login-hint'),
      state,
      nonce,
      codeChallenge: pkce.codeChallenge,
      codeChallengeMethod: 'S256',
    });
    printJson(ctx.io, {
      url: url.href,
      state,
      code_verifier: pkce.codeVerifier,
      code_challenge_method: 'S256',
      nonce,
      redirect_uri: kakao.redirectUri,
    });
    return undefined;
  },
};
