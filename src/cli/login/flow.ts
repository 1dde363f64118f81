/**
 * The authorization-code flow over a loopback redirect, shared by `login` and `demo`: PKCE (S256),
 * `state`, `nonce`, the one-shot listener, the code exchange, the ID token's verification (with the
 * nonce), and the page the browser ends on.
 *
 * @module
 */
import {
  buildAuthorizationUrl,
  exchangeCode,
  generateNonce,
  generatePkce,
  generateState,
  type KakaoClient,
  type KakaoTokenSet,
} from '../../index.js';
import { AuthorizePageError } from '../errors.js';
import type { Io } from '../output/io.js';
import type { Redactor } from '../output/redact.js';
import { probeAuthorize } from './authorize-probe.js';
import { startCallbackListener } from './callback-listener.js';
import { startWaitingIndicator } from './waiting-indicator.js';

/** How to run one login. */
export interface LoginFlowOptions {
  kakao: KakaoClient;
  /** The registered loopback redirect URI (port 0 = any free port, for the demo). */
  redirectUri: string;
  scope?: string[] | undefined;
  prompt?: string[] | undefined;
  loginHint?: string | undefined;
  timeoutMs: number;
  signal: AbortSignal;
  io: Io;
  redactor: Redactor;
  /**
   * Shows the authorize URL (opens the browser, prints the URL). Awaited before the waiting
   * indicator starts, so what it prints never shares a line with the indicator.
   */
  visit?: ((url: string) => Promise<void>) | undefined;
  /**
   * Plays the browser in the background (the unattended demo): its failure ends the wait at once,
   * its success changes nothing.
   */
  follow?: ((url: string) => Promise<void>) | undefined;
  /** Turns a failure into the one-paragraph text shown on the browser's failure page. */
  describeError(err: unknown): string;
  /** Show the waiting indicator on stderr. Default true. */
  indicator?: boolean | undefined;
}

/** What a finished login returns. */
export interface LoginResult {
  tokens: KakaoTokenSet;
  /** The redirect URI actually used (the real port when 0 was asked). */
  redirectUri: string;
}

/**
 * Runs the flow and resolves with the token set; the browser gets a success or failure page.
 *
 * @example
 * ```ts
 * declare const options: LoginFlowOptions;
 * const { tokens } = await runLoginFlow(options);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#request-code
 */
export async function runLoginFlow(options: LoginFlowOptions): Promise<LoginResult> {
  const { kakao, signal } = options;
  const pkce = await generatePkce();
  const state = generateState();
  const nonce = wantsIdToken(options.scope) ? generateNonce() : undefined;
  options.redactor.add(pkce.codeVerifier);
  const listener = await startCallbackListener({
    redirectUri: options.redirectUri,
    expectedState: state,
    timeoutMs: options.timeoutMs,
    signal,
  });
  try {
    const url = buildAuthorizationUrl(kakao, {
      redirectUri: listener.redirectUri,
      scope: options.scope,
      prompt: options.prompt,
      loginHint: options.loginHint,
      state,
      nonce,
      codeChallenge: pkce.codeChallenge,
      codeChallengeMethod: 'S256',
    });
    if (options.visit) {
      await refuseErrorPage(url.href, signal);
      await options.visit(url.href);
    }
    const { code } = await waitForCallback(options, listener.result, options.follow?.(url.href));
    options.redactor.add(code);
    const tokens = await exchangeCode(
      kakao,
      { code, redirectUri: listener.redirectUri, codeVerifier: pkce.codeVerifier, signal },
      { nonce: nonce ?? false },
    );
    options.redactor.add(tokens.accessToken, tokens.refreshToken, tokens.idToken);
    listener.finish(true, 'You are logged in with Kakao.');
    return { tokens, redirectUri: listener.redirectUri };
  } catch (err) {
    listener.finish(false, options.describeError(err));
    throw err;
  } finally {
    await listener.close();
  }
}

/**
 * Before a browser is sent to the authorize URL: when Kakao answers it with an error page (KOE006,
 * KOE205…) the browser would stay there and the terminal wait out its timeout, so say it now.
 */
async function refuseErrorPage(url: string, signal: AbortSignal): Promise<void> {
  const probe = await probeAuthorize(url, signal);
  if (probe.outcome === 'refused') throw new AuthorizePageError(probe.koe);
}

/** An ID token comes with the default consent items of an OIDC app, or when `openid` is asked for. */
function wantsIdToken(scope: string[] | undefined): boolean {
  return scope === undefined || scope.length === 0 || scope.includes('openid');
}

async function waitForCallback<T>(
  options: LoginFlowOptions,
  result: Promise<T>,
  following: Promise<void> | undefined,
): Promise<T> {
  const indicator =
    options.indicator === false ? undefined : startWaitingIndicator(options.io.stderr, options.timeoutMs);
  try {
    if (following === undefined) return await result;
    return await Promise.race([result, following.then(() => result)]);
  } finally {
    indicator?.stop();
  }
}
