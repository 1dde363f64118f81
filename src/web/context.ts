/**
 * The resolved configuration every route reads: checked options, the sealers, the store and the
 * token manager.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { createTokenManager } from '../tokens/manager.js';
import {
  checkBasePath,
  checkSecrets,
  type KakaoAuthConfig,
  optionalUrl,
  positiveOption,
  type SignInEvent,
  type UnlinkEvent,
  type WebErrorEvent,
} from './config.js';
import { createSealer, type Sealer } from './crypto/seal.js';
import { KakaoWebConfigError } from './errors/config-error.js';
import { createMemoryWebStore, type WebStore } from './session/store.js';
import type { WebTokenManager } from './tokens/manager.js';
import { DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS } from './webhook/receive-unlink.js';

/**
 * Everything a route needs, resolved once by {@link resolveContext}.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * ctx.basePath; // '/auth/kakao'
 * ```
 */
export interface WebContext {
  readonly kakao: KakaoClient;
  readonly basePath: string;
  readonly baseUrl: URL | undefined;
  readonly redirectUri: string | undefined;
  readonly scopes: readonly string[];
  readonly afterLoginPath: string;
  readonly afterLogoutPath: string;
  readonly logoutRedirectUri: string | undefined;
  readonly sessionMaxAgeSec: number;
  readonly cookieName: string;
  readonly sessions: 'cookie' | 'store';
  readonly store: WebStore;
  readonly tokens: WebTokenManager;
  readonly sessionSealer: Sealer;
  readonly transactionSealer: Sealer;
  readonly onSignIn: ((event: SignInEvent) => void | Promise<void>) | undefined;
  readonly onUnlink: ((event: UnlinkEvent) => void | Promise<void>) | undefined;
  readonly onError: ((error: unknown, event: WebErrorEvent) => void | Promise<void>) | undefined;
  readonly webhookHookTimeoutMs: number;
}

const DEFAULT_SESSION_MAX_AGE_SEC = 14 * 24 * 60 * 60;

/**
 * Checks a configuration and resolves its defaults.
 *
 * @throws KakaoWebConfigError naming the option and how to fix it.
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * const ctx = resolveContext({
 *   kakao: createKakaoClient({ restApiKey: 'key' }),
 *   secrets: ['at-least-32-characters-of-random-secret'],
 * });
 * ```
 */
export function resolveContext(config: KakaoAuthConfig): WebContext {
  const kakao = config?.kakao;
  if (typeof kakao?.restApiKey !== 'string' || typeof kakao.transport?.send !== 'function') {
    throw new KakaoWebConfigError(
      'missing_client',
      'kakao is required: pass createKakaoClient({ restApiKey: process.env.KAKAO_REST_API_KEY, … }).',
    );
  }
  const secrets = checkSecrets(config.secrets);
  optionalUrl('redirectUri', config.redirectUri ?? kakao.redirectUri);
  optionalUrl('logoutRedirectUri', config.logoutRedirectUri);
  return Object.freeze({
    kakao,
    basePath: checkBasePath(config.basePath),
    baseUrl: optionalUrl('baseUrl', config.baseUrl),
    redirectUri: config.redirectUri ?? kakao.redirectUri,
    scopes: checkScopes(config.scopes ?? ['openid', 'profile_nickname']),
    afterLoginPath: localPath('afterLoginPath', config.afterLoginPath),
    afterLogoutPath: localPath('afterLogoutPath', config.afterLogoutPath),
    logoutRedirectUri: config.logoutRedirectUri,
    sessionMaxAgeSec: positiveOption(
      'sessionMaxAgeSec',
      config.sessionMaxAgeSec,
      DEFAULT_SESSION_MAX_AGE_SEC,
    ),
    cookieName: cookieName(config.cookieName),
    sessions: sessionMode(config.sessions),
    store: config.store ?? createMemoryWebStore(kakao.clock),
    tokens: config.tokens ?? createTokenManager({ kakao }),
    sessionSealer: createSealer(secrets, 'session', kakao.clock),
    transactionSealer: createSealer(secrets, 'login-transaction', kakao.clock),
    onSignIn: hook('onSignIn', config.onSignIn),
    onUnlink: hook('onUnlink', config.onUnlink),
    onError: hook('onError', config.onError),
    webhookHookTimeoutMs: positiveOption(
      'webhookHookTimeoutMs',
      config.webhookHookTimeoutMs,
      DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS,
    ),
  });
}

const SCOPE = /^[A-Za-z0-9_.:-]+$/;

/**
 * Checks a list of consent items (scope ids).
 *
 * @throws KakaoWebConfigError `bad_option`.
 * @example
 * ```ts
 * checkScopes(['openid', 'account_email']);
 * ```
 */
export function checkScopes(scopes: readonly string[]): readonly string[] {
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string' && SCOPE.test(scope))) {
    throw new KakaoWebConfigError(
      'bad_option',
      "scopes must be an array of consent item ids such as ['openid', 'profile_nickname'].",
    );
  }
  return Object.freeze([...new Set(scopes)]);
}

function hook<T>(name: string, value: T | null | undefined): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'function') return value;
  throw new KakaoWebConfigError('bad_option', `${name} must be a function (or left out).`);
}

function localPath(name: string, value: string | undefined): string {
  if (value === undefined) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) {
    throw new KakaoWebConfigError('bad_option', `${name} must be a path on this site, such as /account.`);
  }
  return value;
}

function cookieName(value: string | undefined): string {
  const name = value ?? 'kakao_session';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
    throw new KakaoWebConfigError('bad_option', 'cookieName must be 1-64 letters, digits, _ or -.');
  }
  return name;
}

function sessionMode(value: string | undefined): 'cookie' | 'store' {
  if (value === undefined || value === 'cookie' || value === 'store') return value ?? 'cookie';
  throw new KakaoWebConfigError('bad_option', "sessions must be 'cookie' or 'store'.");
}
