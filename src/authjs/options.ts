/**
 * The options of {@link kakaoAuthJs}, checked once.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { createTokenManager, type TokenManager } from '../tokens/index.js';
import type { UnlinkEvent } from '../web/index.js';
import type { KakaoAuthJsOptions } from './provider.js';

/**
 * What {@link kakaoAuthJs} takes. Only `client` is required.
 *
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * const options: KakaoAuthJsHooksOptions = {
 *   client: createKakaoClient({ restApiKey: 'REST_API_KEY', adminKey: 'ADMIN_KEY' }),
 *   onUnlinked: ({ userId }) => console.log('Kakao user unlinked:', userId),
 * };
 * ```
 */
export interface KakaoAuthJsHooksOptions extends KakaoAuthJsOptions {
  /**
   * The token manager holding each signed-in user's Kakao tokens, keyed by the exact Kakao id.
   * Default: an in-memory one (tokens, and so sessions, end when the process does); pass one over
   * the file or Redis store when sessions must outlive the process or span several.
   */
  tokens?: TokenManager | undefined;
  /**
   * Runs after the user unlinked the app (the unlink webhook, or {@link KakaoAuthJs.unlink}), with
   * the exact Kakao id: remove your own user, account row or database sessions here. JWT sessions
   * end without it.
   */
  onUnlinked?: ((event: UnlinkEvent) => Promise<void> | void) | undefined;
}

/** The options resolved. */
export interface ResolvedHooksOptions {
  readonly client: KakaoClient;
  readonly tokens: TokenManager;
  readonly onUnlinked: (event: UnlinkEvent) => Promise<void> | void;
}

/**
 * Checks the options and fills in defaults.
 *
 * @throws TypeError naming the option that is wrong.
 * @example
 * ```ts
 * declare const client: KakaoClient;
 * const resolved = resolveHooksOptions({ client });
 * ```
 */
export function resolveHooksOptions(options: KakaoAuthJsHooksOptions): ResolvedHooksOptions {
  if (typeof options?.client?.restApiKey !== 'string') {
    throw new TypeError('kakaoAuthJs(): pass { client } with a client from createKakaoClient().');
  }
  if (options.onUnlinked !== undefined && typeof options.onUnlinked !== 'function') {
    throw new TypeError('kakaoAuthJs(): onUnlinked must be a function ({ userId }) => void.');
  }
  return Object.freeze({
    client: options.client,
    tokens: options.tokens ?? createTokenManager({ kakao: options.client }),
    onUnlinked: options.onUnlinked ?? (() => undefined),
  });
}
