/**
 * The Passport strategy's options: `passport-kakao`'s names (`clientID`, `clientSecret`,
 * `callbackURL`) or our client, checked once.
 *
 * @module
 */
import { createKakaoClient, type KakaoClient, type KakaoClientConfig } from '../base/config.js';
import type { TokenManager } from '../tokens/index.js';

/**
 * What {@link KakaoStrategy} takes: `callbackURL`, and `clientID` (as in `passport-kakao`) or a
 * ready `client`.
 *
 * @example
 * ```ts
 * const options: KakaoStrategyOptions = {
 *   clientID: 'REST_API_KEY',
 *   clientSecret: 'SECRET',
 *   callbackURL: 'http://localhost:3000/auth/kakao/callback',
 * };
 * ```
 */
export interface KakaoStrategyOptions {
  /** The REST API key (`passport-kakao`'s `clientID`). Not needed with `client`. */
  clientID?: string | undefined;
  /** The client secret, only when it is on in the console (`passport-kakao` sent `'kakao'` otherwise). */
  clientSecret?: string | undefined;
  /** The redirect URI registered in the console. */
  callbackURL: string;
  /** Consent items asked for besides `openid` (default: the app's default items). */
  scope?: readonly string[] | undefined;
  /** Our client, for everything else (auth/API URLs, `fetch`, admin key, native-app audiences). */
  client?: KakaoClient | undefined;
  /** Extra client settings when the strategy builds the client from `clientID`. */
  clientOptions?: Omit<KakaoClientConfig, 'restApiKey' | 'clientSecret' | 'redirectUri'> | undefined;
  /** Keeps the signed-in user's tokens (keyed by the Kakao id) for refresh, logout and unlink. */
  tokens?: TokenManager | undefined;
  /** Strategy name. Default `kakao`. */
  name?: string | undefined;
}

/** The options resolved. */
export interface ResolvedStrategyOptions {
  readonly client: KakaoClient;
  readonly callbackURL: string;
  readonly scope: readonly string[];
  readonly tokens: TokenManager | undefined;
  readonly name: string;
}

/**
 * Checks the options and builds the client when needed.
 *
 * @throws TypeError naming the missing or wrong option.
 */
export function resolveStrategyOptions(options: KakaoStrategyOptions): ResolvedStrategyOptions {
  if (typeof options?.callbackURL !== 'string' || options.callbackURL === '') {
    throw new TypeError(
      'KakaoStrategy: callbackURL is required (the redirect URI registered in the console).',
    );
  }
  const client =
    options.client ??
    createKakaoClient({
      ...options.clientOptions,
      restApiKey: requireClientId(options.clientID),
      clientSecret: options.clientSecret,
      redirectUri: options.callbackURL,
    });
  return Object.freeze({
    client,
    callbackURL: options.callbackURL,
    scope: [...new Set(['openid', ...(options.scope ?? [])])],
    tokens: options.tokens,
    name: options.name ?? 'kakao',
  });
}

function requireClientId(clientID: string | undefined): string {
  if (typeof clientID !== 'string' || clientID === '') {
    throw new TypeError(
      'KakaoStrategy: pass clientID (the REST API key) or a client from createKakaoClient().',
    );
  }
  return clientID;
}
