/**
 * Builds the core client from the resolved settings, with configuration mistakes reported as
 * configuration errors (exit 2) before anything is sent to Kakao.
 *
 * @module
 */
import { createKakaoClient, type KakaoClient } from '../index.js';
import type { CommandContext } from './command.js';
import { ConfigError } from './errors.js';

/** The REST API key's shape: 32 hexadecimal characters. */
export const KAKAO_KEY_SHAPE = /^[0-9a-f]{32}$/i;

/** What a command may override on the client (e.g. the emulator's in-process fetch). */
export interface ClientOverrides {
  fetch?: typeof fetch | undefined;
  redirectUri?: string | undefined;
}

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
  const { values } = ctx.config();
  if (!values.restApiKey) {
    throw new ConfigError(
      'No REST API key: set KAKAO_REST_API_KEY (environment or .env), pass --rest-api-key, or use a --profile that has one. Find it in Kakao Developers → your app → App Keys.',
    );
  }
  try {
    return createKakaoClient({ ...values, restApiKey: values.restApiKey, ...definedOnly(overrides) });
  } catch (err) {
    throw new ConfigError(`Invalid configuration: ${(err as Error).message}`, { cause: err });
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
