/**
 * Hooks: refreshed, rotated, ended. No token in any event unless the app sets `exposeTokens`.
 *
 * @module
 */
import type { KakaoTokenSet } from '../client/index.js';
import type { SignInReason } from './errors.js';

/**
 * A set was refreshed and stored.
 *
 * @example
 * ```ts
 * const onRefreshed = (event: TokensRefreshedEvent) => console.log(event.key, event.rotated);
 * ```
 */
export interface TokensRefreshedEvent {
  /** The app's key. */
  readonly key: string;
  /** Whether Kakao sent a new refresh token (the old one is now dead). */
  readonly rotated: boolean;
  /** When the new access token expires, epoch ms. */
  readonly accessTokenExpiresAt: number;
  /** When the refresh token expires, epoch ms (when known). */
  readonly refreshTokenExpiresAt: number | undefined;
  /** The new set; only with `exposeTokens: true`. */
  readonly tokens?: KakaoTokenSet;
}

/**
 * A key's tokens are gone for good; end the user's session in the app.
 *
 * @example
 * ```ts
 * const onEnded = (event: TokensEndedEvent) => console.log(event.key, event.reason);
 * ```
 */
export interface TokensEndedEvent {
  readonly key: string;
  readonly reason: SignInReason;
  /** Kakao's code behind it (`KOE322`, `not_linked` …), when Kakao sent one. */
  readonly kakaoCode: string | undefined;
}

/**
 * The hooks of a token manager. A hook that throws is ignored (it cannot break a refresh).
 *
 * @example
 * ```ts
 * const hooks: TokenHooks = { onEnded: ({ key }) => console.log('sign out', key) };
 * ```
 */
export interface TokenHooks {
  /** After every stored refresh. */
  onRefreshed?: ((event: TokensRefreshedEvent) => void) | undefined;
  /** After a stored refresh that brought a new refresh token. */
  onRotated?: ((event: TokensRefreshedEvent) => void) | undefined;
  /** After the entry was removed because the user must sign in again. */
  onEnded?: ((event: TokensEndedEvent) => void) | undefined;
  /** Put the set itself into refreshed/rotated events. Default `false`. */
  exposeTokens?: boolean | undefined;
}

/** Calls the refreshed (and rotated) hooks for a stored refresh. */
export function fireRefreshed(
  hooks: TokenHooks,
  key: string,
  previous: KakaoTokenSet,
  next: KakaoTokenSet,
): void {
  const rotated = next.refreshToken !== previous.refreshToken;
  const event: TokensRefreshedEvent = {
    key,
    rotated,
    accessTokenExpiresAt: next.accessTokenExpiresAt,
    refreshTokenExpiresAt: next.refreshTokenExpiresAt,
    ...(hooks.exposeTokens === true ? { tokens: next } : {}),
  };
  safely(hooks.onRefreshed, event);
  if (rotated) safely(hooks.onRotated, event);
}

/** Calls the ended hook. */
export function fireEnded(hooks: TokenHooks, event: TokensEndedEvent): void {
  safely(hooks.onEnded, event);
}

function safely<E>(hook: ((event: E) => void) | undefined, event: E): void {
  try {
    hook?.(event);
  } catch {
    // A hook is the app's code: its failure must not turn a good refresh into an error.
  }
}
