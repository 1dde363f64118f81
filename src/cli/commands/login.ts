/**
 * `kakao-oauth login`: the authorization-code flow with PKCE over a loopback redirect.
 *
 * @module
 */

import type { Command, CommandContext } from '../args/command.js';
import {
  choiceListOption,
  flagOption,
  listOption,
  secondsOption,
  stringOption,
} from '../args/option-values.js';
import { DEFAULT_LOGIN_TIMEOUT_MS } from '../login/callback-listener.js';
import { runLoginFlow } from '../login/flow.js';
import { loopbackTarget } from '../login/loopback.js';
import { openBrowser } from '../login/open-browser.js';
import { AUTHORIZE_OPTIONS, PROMPT_VALUES, WAIT_OPTIONS } from '../login/options.js';
import { formatError } from '../output/format-error.js';
import { note, printJson } from '../output/io.js';
import { kakaoClient } from '../session/kakao-client.js';
import { saveTokens, tokenResponse } from '../session/token-store.js';

/** The `login` command. */
export const loginCommand: Command = {
  name: 'login',
  summary: 'log in in the browser (PKCE + state over a loopback redirect); prints and saves the tokens',
  description: `Runs Kakao's authorization-code flow with PKCE (S256), state and (with openid) nonce.
The CLI listens once on the host and port of the redirect URI (default http://127.0.0.1:8719/callback),
opens the browser, waits (default 5 minutes), checks state, trades the code, prints the token
response in Kakao's snake_case names on stdout and saves the tokens to the profile.

Kakao matches redirect URIs exactly: register the URI you use (scheme, host, port and path) in
Kakao Developers → your app → Kakao Login → Redirect URI. Only loopback http URIs work here.`,
  options: { ...AUTHORIZE_OPTIONS, ...WAIT_OPTIONS },
  usesConfig: true,
  async run(ctx) {
    const kakao = kakaoClient(ctx);
    const redirectUri = ctx.config().values.redirectUri!;
    loopbackTarget(redirectUri);
    const { tokens } = await runLoginFlow({
      kakao,
      redirectUri,
      scope: listOption(ctx, 'scope'),
      prompt: choiceListOption(ctx, 'prompt', PROMPT_VALUES),
      loginHint: stringOption(ctx, 'login-hint'),
      timeoutMs: secondsOption(ctx, 'timeout', DEFAULT_LOGIN_TIMEOUT_MS),
      signal: ctx.signal,
      io: ctx.io,
      redactor: ctx.redactor,
      visit: (url) => visitInBrowser(ctx, url),
      describeError: (err) => formatError(err, { ...ctx.hints, redactor: ctx.redactor }).message,
    });
    // Printed before saving: a rotated refresh token is never lost to a failed profile write.
    printJson(ctx.io, tokenResponse(tokens));
    saveTokens(ctx, tokens);
    note(ctx.io, `Logged in. Tokens saved to profile "${ctx.profile.name}" (${ctx.profile.path}).`);
    return undefined;
  },
};

/** Opens the browser (unless --no-browser) and always prints the URL, so a headless machine works too. */
export async function visitInBrowser(ctx: CommandContext, url: string): Promise<void> {
  if (flagOption(ctx, 'no-browser')) {
    note(ctx.io, `Open this URL in a browser to log in with Kakao:\n\n  ${url}\n`);
    return;
  }
  const opened = await openBrowser(url, ctx.env);
  const lead = opened
    ? 'Opened your browser to log in with Kakao. If it did not open, visit:'
    : 'Could not open a browser. Open this URL to log in with Kakao:';
  note(ctx.io, `${lead}\n\n  ${url}\n`);
}
