/**
 * `--http-timeout`: how long one call to Kakao may take, for every command that talks to Kakao.
 *
 * @module
 */
import type { CommandContext, OptionSpec } from './command.js';
import { secondsOption } from './option-values.js';

/** The client's own default, in seconds. */
export const DEFAULT_HTTP_TIMEOUT_S = 10;

/** The option, added to every command that uses the settings. */
export const HTTP_OPTIONS: Record<string, OptionSpec> = {
  'http-timeout': {
    type: 'string',
    valueName: 'SECONDS',
    description: `give up on one call to Kakao after this long (default ${DEFAULT_HTTP_TIMEOUT_S}); retries included, a call ends within three times that`,
  },
};

/**
 * The client's timeouts, in milliseconds: `timeoutMs` for one attempt, and `deadlineMs` (three
 * attempts' worth, retries included) for the whole call — the client's own 30 s deadline would
 * otherwise cut a longer `--http-timeout` short.
 */
export function httpTimeouts(ctx: CommandContext): { timeoutMs: number; deadlineMs: number } {
  const timeoutMs = secondsOption(ctx, 'http-timeout', DEFAULT_HTTP_TIMEOUT_S * 1000);
  return { timeoutMs, deadlineMs: 3 * timeoutMs };
}
