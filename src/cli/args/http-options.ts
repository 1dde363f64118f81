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
    description: `give up on one call to Kakao after this long (default ${DEFAULT_HTTP_TIMEOUT_S})`,
  },
};

/** The timeout for the client, in milliseconds. */
export function httpTimeoutMs(ctx: CommandContext): number {
  return secondsOption(ctx, 'http-timeout', DEFAULT_HTTP_TIMEOUT_S * 1000);
}
