/**
 * The Better Auth plugin's options, checked once.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { createTokenManager, type TokenManager } from '../tokens/index.js';

/**
 * What {@link kakao} takes. Only `client` is required.
 *
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * const options: KakaoBetterAuthOptions = {
 *   client: createKakaoClient({ restApiKey: 'REST_API_KEY', clientSecret: 'SECRET', adminKey: 'ADMIN_KEY' }),
 *   scope: ['account_email'],
 * };
 * ```
 */
export interface KakaoBetterAuthOptions {
  /**
   * Our client: REST API key, client secret, admin key (for the unlink webhook), and for tests the
   * emulator's URLs and `fetch`. Native-app id_tokens need the app's native key in `audiences`.
   */
  client: KakaoClient;
  /** The token manager that refreshes (single-flight per Kakao user). Default: an in-memory one. */
  tokens?: TokenManager | undefined;
  /**
   * Consent items asked for besides `openid profile_nickname profile_image`. `account_email` is
   * a Biz-app item: on an app without it Kakao stops the login with KOE205.
   */
  scope?: readonly string[] | undefined;
  /** Better Auth's provider id. Default `kakao`. */
  providerId?: string | undefined;
  /** Disable creating users on first sign-in (Better Auth's `disableSignUp`). */
  disableSignUp?: boolean | undefined;
}

/** The options resolved. */
export interface ResolvedOptions {
  readonly client: KakaoClient;
  readonly tokens: TokenManager;
  readonly scope: readonly string[];
  readonly providerId: string;
  readonly disableSignUp: boolean;
}

/** The consent items every sign-in asks for. */
export const BASE_SCOPE: readonly string[] = ['openid', 'profile_nickname', 'profile_image'];

/**
 * Checks the options and fills in defaults.
 *
 * @throws TypeError naming the option that is wrong.
 */
export function resolveOptions(options: KakaoBetterAuthOptions): ResolvedOptions {
  if (typeof options?.client?.restApiKey !== 'string') {
    throw new TypeError('kakao(): pass { client } with a client from createKakaoClient().');
  }
  if (options.scope !== undefined && !Array.isArray(options.scope)) {
    throw new TypeError("kakao(): scope must be an array of consent item ids, e.g. ['account_email'].");
  }
  return Object.freeze({
    client: options.client,
    tokens: options.tokens ?? createTokenManager({ kakao: options.client }),
    scope: [...new Set([...BASE_SCOPE, ...(options.scope ?? [])])],
    providerId: options.providerId ?? 'kakao',
    disableSignUp: options.disableSignUp === true,
  });
}
