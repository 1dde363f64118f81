/**
 * What Kakao's error codes mean and how to fix them, worded for the person at the terminal.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 */

import { describeAnyKoe } from '../../index.js';

/** What the explanation may mention about the run that failed. */
export interface HintContext {
  /** The redirect URI the command used (safe to show: it is not a secret). */
  redirectUri?: string | undefined;
  /** Whether a client secret was configured. */
  clientSecretSet?: boolean | undefined;
  /** The CLI's name, for "run … login again". */
  bin?: string | undefined;
  /** The call acted with the admin key (`--user-id`), so a -401 means the admin key is wrong. */
  adminCall?: boolean | undefined;
  /** A code was traded without a PKCE verifier (`token --code` without `--code-verifier`). */
  codeVerifierMissing?: boolean | undefined;
}

/** A meaning and a fix, each one sentence or two. */
export interface Hint {
  meaning: string;
  fix: string;
}

type HintFn = (ctx: HintContext) => Hint;

const CONSOLE = 'Kakao Developers (developers.kakao.com) → your app';

// Maps, not plain objects: the code comes from a server, and `__proto__` or `constructor` must find
// nothing rather than Object.prototype's members.
const KOE = new Map<string, HintFn>(
  Object.entries({
    KOE004: () => ({
      meaning: 'Kakao Login is not switched on for this app.',
      fix: `Turn it on in ${CONSOLE} → Kakao Login → Activation.`,
    }),
    KOE005: () => ({
      meaning: 'The app is in development and this Kakao account is not one of its members.',
      fix: `Add the account in ${CONSOLE} → Members, or log in with a member account.`,
    }),
    KOE006: (ctx) => ({
      meaning:
        'the redirect URI is not registered for this app (Kakao matches redirect URIs exactly: scheme, host, port and path).',
      fix: `Register exactly ${ctx.redirectUri ?? 'the redirect URI you use'} in ${CONSOLE} → Kakao Login → Redirect URI, or pass --redirect-uri with a URI that is registered.`,
    }),
    KOE009: () => ({
      meaning:
        'the platform information (web site domain, Android key hash or iOS bundle id) does not match the app.',
      fix: `Register the platform in ${CONSOLE} → Platform.`,
    }),
    KOE010: (ctx) => ({
      meaning: ctx.clientSecretSet
        ? 'the client secret was rejected: it is wrong, or it belongs to another app.'
        : 'the app has "Client Secret" switched on, so every token request must carry the secret, and none was sent.',
      fix: `Copy the secret from ${CONSOLE} → Kakao Login → Security (Client Secret) into KAKAO_CLIENT_SECRET (or --client-secret), or switch the "Client Secret" toggle off there if this app should not use one.`,
    }),
    KOE101: () => ({
      meaning:
        'the app key is wrong: no app has this REST API key, or it is another kind of key (JavaScript, native, admin).',
      fix: `Set KAKAO_REST_API_KEY (or --rest-api-key) to the REST API key shown in ${CONSOLE} → App Keys (32 hexadecimal characters).`,
    }),
    KOE201: () => ({ meaning: 'the response type is not supported.', fix: 'Use response_type=code.' }),
    KOE205: () => ({
      meaning: 'the login asked for consent items (scope) that are not set up for this app.',
      fix: `Enable those items in ${CONSOLE} → Kakao Login → Consent Items, or drop them from --scope.`,
    }),
    KOE237: () => ({
      meaning: 'too many tokens were issued for this user in a short time (rate limit).',
      fix: 'Wait a few minutes; do not refresh in a loop.',
    }),
    KOE303: () => ({
      meaning: 'the redirect URI sent with the code differs from the one used to get the code.',
      fix: 'Pass the same --redirect-uri to `token` as the one in the authorize URL.',
    }),
    KOE319: (ctx) => ({
      meaning: 'no refresh token was sent.',
      fix: `Run \`${ctx.bin ?? 'kakao-oauth'} login\` first, or pass --refresh-token.`,
    }),
    KOE204: () => ({
      meaning: 'a parameter of the request has a value Kakao does not accept.',
      fix: 'Check --prompt (login, none, create, select_account), --scope and --login-hint.',
    }),
    KOE207: () => ({
      meaning: 'a required parameter is missing from the request.',
      fix: 'Check the REST API key and the redirect URI (`kakao-oauth doctor`).',
    }),
    KOE320: (ctx) =>
      ctx.codeVerifierMissing
        ? {
            meaning:
              'the authorization code was not accepted, and no PKCE code verifier was sent: a code from an authorize URL with a code_challenge (as `kakao-oauth url` makes) is only traded with its verifier. Otherwise it was already used, expired, or issued for another app or redirect URI.',
            fix: 'Pass --code-verifier with the code_verifier that `kakao-oauth url` printed with that URL (and get a new code if this one was already tried).',
          }
        : {
            meaning:
              'the authorization code was not accepted: codes work once and expire after a few minutes, so it was already used, expired, mistyped, or issued for another app or redirect URI.',
            fix: 'Get a new code (log in again) and trade it right away, only once.',
          },
    KOE322: (ctx) => ({
      meaning:
        'the refresh token is expired or no longer valid (it expired, the user logged out or unlinked, or a newer refresh token replaced it).',
      fix: `Run \`${ctx.bin ?? 'kakao-oauth'} login\` again.`,
    }),
  }),
);

const KAPI = new Map<string, HintFn>(
  Object.entries({
    '-401': (ctx) =>
      ctx.adminCall
        ? {
            meaning: 'the admin key was refused: it is wrong, or it belongs to another app.',
            fix: 'Set KAKAO_ADMIN_KEY (or --admin-key) to the admin key in Kakao Developers → your app → App Keys (refreshing tokens does not help here).',
          }
        : {
            meaning: 'the access token is invalid or expired.',
            fix: `Run \`${ctx.bin ?? 'kakao-oauth'} refresh\`, or \`${ctx.bin ?? 'kakao-oauth'} login\` again.`,
          },
    '-402': () => ({
      meaning: 'the user has not agreed to the consent items this call needs.',
      fix: 'Log in again with --scope listing the required items (see required_scopes).',
    }),
    '-101': (ctx) => ({
      meaning: 'the user is not linked to this app (for example after unlink).',
      fix: `Run \`${ctx.bin ?? 'kakao-oauth'} login\` to link the user again.`,
    }),
    '-3': () => ({
      meaning: 'a prerequisite is missing: the feature or consent item is not set up for the app.',
      fix: `Check the app's settings in ${CONSOLE}.`,
    }),
    '-10': () => ({ meaning: 'the API quota or rate limit is exceeded.', fix: 'Wait and retry later.' }),
  }),
);

/**
 * Explains a kauth `KOE…` code, or returns undefined when we have nothing better than Kakao's text.
 *
 * @example
 * ```ts
 * explainKoe('KOE006', { redirectUri: 'http://127.0.0.1:8719/callback' })?.fix;
 * ```
 */
export function explainKoe(code: string | undefined, ctx: HintContext): Hint | undefined {
  if (code === undefined) return undefined;
  const worded = KOE.get(code);
  if (worded !== undefined) return worded(ctx);
  // Codes without a terminal-specific wording: the library's table (response and error-page codes).
  const known = describeAnyKoe(code);
  return known === undefined ? undefined : { meaning: known.meaning, fix: known.hint };
}

/** Explains a kapi negative error code, or returns undefined. */
export function explainApiCode(code: number | undefined, ctx: HintContext): Hint | undefined {
  return code === undefined ? undefined : KAPI.get(String(code))?.(ctx);
}

/** Explains an OAuth `error` that came back to the redirect URI (`access_denied`, …). */
export function explainCallbackError(error: string, ctx: HintContext): Hint {
  const bin = ctx.bin ?? 'kakao-oauth';
  switch (error) {
    case 'access_denied':
      return {
        meaning: 'the user cancelled on the consent screen (or is not allowed to use the app).',
        fix: `Run \`${bin} login\` again and agree.`,
      };
    case 'login_required':
    case 'consent_required':
    case 'interaction_required':
      return {
        meaning: 'prompt=none was used but Kakao needs the user to log in or consent.',
        fix: `Run \`${bin} login\` without --prompt none.`,
      };
    case 'missing_code':
      return {
        meaning: 'the callback carried neither a code nor an error.',
        fix: `Run \`${bin} login\` again.`,
      };
    default:
      return {
        meaning: 'Kakao redirected back with an error instead of a code.',
        fix: `Run \`${bin} login\` again.`,
      };
  }
}
