/**
 * Builds the core client from the resolved settings, with configuration mistakes reported as
 * configuration errors (exit 2) before anything is sent to Kakao.
 *
 * @module
 */
import { createKakaoClient, type KakaoClient } from '../../index.js';
import type { CommandContext } from '../args/command.js';
import { httpTimeouts } from '../args/http-options.js';
import { ConfigError } from '../errors.js';

/** The REST API key's shape: 32 hexadecimal characters. */
export const KAKAO_KEY_SHAPE = /^[0-9a-f]{32}$/i;

/** What a command may override on the client (e.g. the emulator's in-process fetch). */
export interface ClientOverrides {
  fetch?: typeof fetch | undefined;
  redirectUri?: string | undefined;
  /**
   * False for commands that only call kapi with a Bearer token or the admin key (`me`, `info`),
   * which never send the REST API key: they run without one.
   */
  restApiKeyNeeded?: boolean | undefined;
}

/**
 * Stands in for the REST API key in a client used only for kapi calls with a Bearer token or the
 * admin key, which never send it (the client requires some key to be configured).
 */
const UNUSED_KEY = 'rest-api-key-not-needed-for-this-command';

/**
 * The client for a command, from flag > env > .env > profile settings.
 *
 * @throws ConfigError when the REST API key is missing or a URL is malformed.
 * @example
 * ```ts
 * declare const ctx: Parameters<typeof kakaoClient>[0];
 * const kakao = kakaoClient(ctx);
 * ```
 */
export function kakaoClient(ctx: CommandContext, overrides: ClientOverrides = {}): KakaoClient {
  const { restApiKeyNeeded = true, ...rest } = overrides;
  const { values } = ctx.config();
  const restApiKey = values.restApiKey ?? (restApiKeyNeeded ? undefined : UNUSED_KEY);
  if (!restApiKey) {
    throw new ConfigError(
      'No REST API key: set KAKAO_REST_API_KEY (environment or .env), pass --rest-api-key, or use a --profile that has one. Find it in Kakao Developers → your app → App Keys.',
    );
  }
  try {
    return createKakaoClient({ ...values, restApiKey, ...httpTimeouts(ctx), ...definedOnly(rest) });
  } catch (err) {
    throw new ConfigError(`Invalid configuration: ${(err as Error).message}`, { cause: err });
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
