/**
 * The one place that turns any error into what the person at the terminal reads: one paragraph with
 * Kakao's code, what it means and how to fix it; a stack trace only with `--debug`; never a secret.
 *
 * @module
 */
import { AuthorizePageError, CallbackError, CliError } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import {
  explainApiCode,
  explainCallbackError,
  explainKoe,
  type Hint,
  type HintContext,
} from './kakao-hints.js';
import type { Redactor } from './redact.js';

/** An error ready to print. */
export interface FormattedError {
  /** One paragraph, already scrubbed of secrets. */
  message: string;
  /** The exit code the process ends with. */
  exitCode: ExitCodeValue;
  /** A stable string for `--json` output (`KOE320`, `-401`, `usage`, `timeout`, …). */
  code: string;
}

/** What the formatter may use besides the error. */
export interface FormatContext extends HintContext {
  /** Removes secrets from the text. */
  redactor: Redactor;
  /** Append the (scrubbed) stack and causes. */
  debug?: boolean | undefined;
}

/** The fields we read from the client's error classes (matched by shape, not by class). */
interface KakaoErrorShape {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  error?: unknown;
  errorCode?: unknown;
  errorDescription?: unknown;
  apiCode?: unknown;
  msg?: unknown;
  requiredScopes?: unknown;
  hint?: unknown;
  meaning?: unknown;
}

/**
 * Formats any thrown value for stderr.
 *
 * @example
 * ```ts
 * declare const err: unknown;
 * declare const redactor: Parameters<typeof formatError>[1]['redactor'];
 * const { message, exitCode } = formatError(err, { redactor, debug: false });
 * ```
 */
export function formatError(err: unknown, ctx: FormatContext): FormattedError {
  const base = describe(err, ctx);
  const debugTail = ctx.debug ? `\n\n${stackOf(err)}` : '';
  return { ...base, message: ctx.redactor.scrub(base.message + debugTail) };
}

function describe(err: unknown, ctx: FormatContext): FormattedError {
  if (err instanceof CallbackError) return callbackError(err, ctx);
  if (err instanceof AuthorizePageError) return authorizePageError(err, ctx);
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode, code: err.code };
  const shape = (typeof err === 'object' && err !== null ? err : {}) as KakaoErrorShape;
  const name = typeof shape.name === 'string' ? shape.name : '';
  if (name === 'KakaoCallbackError') return callbackError(new CallbackError(String(shape.code)), ctx);
  if (name === 'KakaoAuthError' && shape.errorCode === undefined && shape.status === undefined) {
    return callbackError(new CallbackError(String(shape.error), stringOr(shape.errorDescription)), ctx);
  }
  if (typeof shape.errorCode === 'string' || name === 'KakaoAuthError') return authError(shape, ctx);
  if (typeof shape.apiCode === 'number' || name === 'KakaoApiError') return apiError(shape, ctx);
  if (name === 'KakaoTransportError') return transportError(err as Error, shape);
  if (name === 'KakaoResponseError') return responseError(err as Error);
  if (name === 'KakaoIdTokenError') return idTokenError(err as Error, shape);
  if (name === 'KakaoOidcMetadataError') return metadataError(err as Error, shape);
  if (err instanceof TypeError) return { message: err.message, exitCode: ExitCode.usage, code: 'usage' };
  const text = err instanceof Error ? err.message : String(err);
  return { message: `Unexpected failure: ${text}`, exitCode: ExitCode.failure, code: 'internal' };
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function paragraph(what: string, hint: Hint): string {
  return `${what}: ${hint.meaning} Fix: ${hint.fix}`;
}

function authError(e: KakaoErrorShape, ctx: FormatContext): FormattedError {
  const koe = typeof e.errorCode === 'string' ? e.errorCode : undefined;
  const error = typeof e.error === 'string' ? e.error : 'error';
  const label = [koe, error].filter(Boolean).join(', ');
  const hint = explainKoe(koe, ctx) ?? clientHint(e, e.errorDescription);
  return {
    message: paragraph(`Kakao's authorization server refused the request (${label})`, hint),
    exitCode: ExitCode.failure,
    code: koe ?? error,
  };
}

function apiError(e: KakaoErrorShape, ctx: FormatContext): FormattedError {
  const code = typeof e.apiCode === 'number' ? e.apiCode : undefined;
  const hint = explainApiCode(code, ctx) ?? clientHint(e, e.msg);
  const scopes = Array.isArray(e.requiredScopes) && e.requiredScopes.length > 0;
  const needed = scopes ? ` Required consent items: ${(e.requiredScopes as unknown[]).join(', ')}.` : '';
  const message = paragraph(`Kakao's API refused the request (code ${code ?? '?'})`, hint);
  return { message: message + needed, exitCode: ExitCode.failure, code: String(code ?? 'api_error') };
}

/** The client's own meaning and hint for codes the CLI has no wording of its own for. */
function clientHint(e: KakaoErrorShape, kakaoSaid: unknown): Hint {
  const said = typeof kakaoSaid === 'string' && kakaoSaid !== '' ? ` Kakao says "${kakaoSaid}".` : '';
  const meaning =
    typeof e.meaning === 'string' && e.meaning !== '' ? e.meaning : 'Kakao gave no explanation.';
  const fix =
    typeof e.hint === 'string' && e.hint !== ''
      ? e.hint
      : 'Check the request and the app settings in Kakao Developers.';
  return { meaning: `${meaning.replace(/\.?$/, '.')}${said}`, fix };
}

function transportError(err: Error, e: KakaoErrorShape): FormattedError {
  if (e.code === 'timeout') {
    return {
      message: `Kakao did not answer in time. Try again; if the network from here is slow, allow more time with --http-timeout SECONDS. Check KAKAO_AUTH_URL / KAKAO_API_URL when you point the CLI at an emulator (\`kakao-oauth doctor\`).`,
      exitCode: ExitCode.failure,
      code: 'timeout',
    };
  }
  return {
    message: `Could not reach Kakao: ${err.message} Check your network, or KAKAO_AUTH_URL / KAKAO_API_URL when you point the CLI at an emulator (\`kakao-oauth doctor\` checks both).`,
    exitCode: ExitCode.failure,
    code: 'transport',
  };
}

function responseError(err: Error): FormattedError {
  return {
    message: `Kakao answered with something that is not a valid API response: ${err.message} Check that KAKAO_AUTH_URL and KAKAO_API_URL point at Kakao (or the emulator), not at another web server.`,
    exitCode: ExitCode.failure,
    code: 'bad_response',
  };
}

const LOG_IN_AGAIN = 'Get a fresh one with `kakao-oauth login` (scope must include openid).';

/** What to do about an ID token that failed one check; "log in again" only where it helps. */
const ID_TOKEN_FIXES = new Map([
  [
    'ID_TOKEN_IAT_FUTURE',
    "This machine's clock is probably behind (the token looks issued in the future): set the clock right (e.g. enable NTP), then try again. Logging in again will not help.",
  ],
  [
    'ID_TOKEN_NOT_YET_VALID',
    "This machine's clock is probably behind: set the clock right (e.g. enable NTP), then try again.",
  ],
  [
    'ID_TOKEN_AUD',
    'The token was issued for another app: check that KAKAO_REST_API_KEY (or --rest-api-key) is the key of the app that issued it.',
  ],
  [
    'ID_TOKEN_ISS',
    'The token comes from another issuer: check KAKAO_AUTH_URL (`kakao-oauth doctor` compares it with the discovery document).',
  ],
  [
    'ID_TOKEN_JWKS_UNAVAILABLE',
    "Kakao's signing keys (JWKS) could not be fetched: check the network and KAKAO_AUTH_URL (`kakao-oauth doctor`), then try again; the token itself may be fine.",
  ],
  [
    'ID_TOKEN_KID_UNKNOWN',
    "The token's signing key is not in the issuer's JWKS: it may come from another issuer (check KAKAO_AUTH_URL), or the keys rotated; otherwise log in again.",
  ],
  [
    'ID_TOKEN_NONCE_MISMATCH',
    'Pass the nonce that was sent with the authorize request that produced this token (`kakao-oauth url` prints it).',
  ],
  ['ID_TOKEN_NONCE_MISSING', `The token carries no nonce although one was expected. ${LOG_IN_AGAIN}`],
]);

function idTokenError(err: Error, e: KakaoErrorShape): FormattedError {
  const code = typeof e.code === 'string' ? e.code : 'id_token_invalid';
  return {
    message: `The ID token did not verify (${code}): ${err.message} ${ID_TOKEN_FIXES.get(code) ?? LOG_IN_AGAIN}`,
    exitCode: ExitCode.failure,
    code,
  };
}

function metadataError(err: Error, e: KakaoErrorShape): FormattedError {
  const code = typeof e.code === 'string' ? e.code : 'OIDC_METADATA';
  return {
    message: `Could not use the OpenID Connect metadata (${code}): ${err.message} Check KAKAO_AUTH_URL (\`kakao-oauth doctor\` checks the discovery document).`,
    exitCode: ExitCode.failure,
    code,
  };
}

function authorizePageError(err: AuthorizePageError, ctx: FormatContext): FormattedError {
  const hint = explainKoe(err.koe, ctx) ?? {
    meaning: 'Kakao refused the request.',
    fix: `Look up ${err.koe} in Kakao's troubleshooting page (developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting).`,
  };
  return {
    message: paragraph(
      `Kakao refused the login request with an error page (${err.koe}), before any sign-in`,
      hint,
    ),
    exitCode: err.exitCode,
    code: err.code,
  };
}

function callbackError(err: CallbackError, ctx: FormatContext): FormattedError {
  const hint = explainCallbackError(err.error, ctx);
  const said = err.errorDescription ? ` Kakao says "${err.errorDescription}".` : '';
  return {
    message: `Login failed (${err.error}): ${hint.meaning}${said} Fix: ${hint.fix}`,
    exitCode: err.exitCode,
    code: err.code,
  };
}

function stackOf(err: unknown): string {
  const lines: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    lines.push(current instanceof Error ? (current.stack ?? String(current)) : String(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current !== undefined) lines.push('Caused by:');
  }
  return lines.join('\n');
}
