/**
 * The emulator's mutable state: one plain object holding every collection of the model. The
 * functions in the sibling files (tokens, codes, sessions, links, lookup) read and change it.
 *
 * @module
 */

import { createClock, type EmulatorClock } from './clock.js';
import { type EmulatorConfig, normalizeApp, normalizeUser } from './config.js';
import { DEFAULT_APP, DEFAULT_USERS } from './defaults.js';
import { type JwsSigner, webCryptoSigner } from './jws.js';
import { createKeyRing, type SigningKeyRing } from './keys.js';
import { type EmulatorSettings, resolveSettings } from './settings.js';
import type {
  AccessToken,
  App,
  AuthCode,
  BrowserSession,
  Fault,
  Link,
  RefreshToken,
  RequestLogEntry,
  SigningKey,
  TestUser,
  WebhookDelivery,
} from './types.js';

/** Everything the emulator knows. Collections are keyed as documented on each field. */
export interface EmulatorState {
  readonly clock: EmulatorClock;
  settings: EmulatorSettings;
  /** Registered apps. */
  apps: App[];
  /** Test users by id. */
  users: Map<string, TestUser>;
  /** Browser sessions by cookie value. */
  sessions: Map<string, BrowserSession>;
  /** Links by `${appId}:${userId}` (see `linkKey`). */
  links: Map<string, Link>;
  /** Unredeemed codes by code. */
  codes: Map<string, AuthCode>;
  /** Access tokens by token string (revoked ones are removed; expired ones stay until reset). */
  accessTokens: Map<string, AccessToken>;
  /** Refresh tokens by token string. */
  refreshTokens: Map<string, RefreshToken>;
  /** id_token signing keys. */
  keys: SigningKeyRing;
  /** Signs id_tokens with a key of {@link keys} (default: Web Crypto). */
  readonly signer: JwsSigner;
  /** Armed faults, first match wins. */
  faults: Fault[];
  /** Most recent requests, oldest first (capped at `REQUEST_LOG_LIMIT`, 1000). */
  log: RequestLogEntry[];
  /** Unlink webhook deliveries. */
  webhooks: WebhookDelivery[];
  /** Sliding-window counters for rate limits: key → timestamps. */
  rateWindows: Map<string, number[]>;
  /** `fetch` used to deliver unlink webhooks (default: the global `fetch`). */
  webhookFetch: typeof fetch;
  /** The config the state was created from; `resetState` returns to it. */
  readonly initialConfig: EmulatorConfig;
}

/** How many request-log entries are kept. */
export const REQUEST_LOG_LIMIT = 1000;

/** Options of {@link createState}. */
export interface StateOptions {
  /** Apps/users/settings; apps and users default to {@link DEFAULT_APP} / {@link DEFAULT_USERS}. */
  config?: EmulatorConfig | undefined;
  /** Time source in epoch ms (default `Date.now`), wrapped in a movable clock. */
  clock?: (() => number) | EmulatorClock | undefined;
  /** Pre-generated signing keys (skips RSA generation). */
  signingKeys?: SigningKey[] | undefined;
  /** The id_token signer (default {@link webCryptoSigner}). */
  signer?: JwsSigner | undefined;
  /** `fetch` for unlink webhooks. */
  webhookFetch?: typeof fetch | undefined;
}

/** The map key of a link: `${appId}:${userId}`. */
export function linkKey(appId: number, userId: string): string {
  return `${appId}:${userId}`;
}

function toClock(clock: StateOptions['clock']): EmulatorClock {
  if (clock === undefined) return createClock();
  return typeof clock === 'function' ? createClock(clock) : clock;
}

/**
 * Creates a fresh state from a config (validated; throws `TypeError` on a bad one).
 *
 * @example
 * ```ts
 * const state = createState();
 * state.users.get('1376016924426111111')?.nickname; // '민준'
 * ```
 */
export function createState(options: StateOptions = {}): EmulatorState {
  const config = options.config ?? {};
  const state: EmulatorState = {
    clock: toClock(options.clock),
    settings: resolveSettings(config.settings),
    apps: [],
    users: new Map(),
    sessions: new Map(),
    links: new Map(),
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    keys: createKeyRing(options.signingKeys),
    signer: options.signer ?? webCryptoSigner,
    faults: [],
    log: [],
    webhooks: [],
    rateWindows: new Map(),
    webhookFetch: options.webhookFetch ?? ((input, init) => fetch(input, init)),
    initialConfig: config,
  };
  loadConfig(state, config);
  return state;
}

function loadConfig(state: EmulatorState, config: EmulatorConfig): void {
  const apps = config.apps ? config.apps.map(normalizeApp) : [structuredClone(DEFAULT_APP)];
  const users = config.users ? config.users.map(normalizeUser) : structuredClone(DEFAULT_USERS);
  state.apps = apps;
  state.users = new Map(users.map((u) => [u.id, u]));
}

/** Returns the state to its initial config: drops sessions, links, codes, tokens, faults and logs. */
export function resetState(state: EmulatorState): void {
  state.settings = resolveSettings(state.initialConfig.settings);
  for (const map of [state.sessions, state.links, state.codes, state.accessTokens, state.refreshTokens]) {
    map.clear();
  }
  state.rateWindows.clear();
  state.faults = [];
  state.log = [];
  state.webhooks = [];
  loadConfig(state, state.initialConfig);
}

/**
 * Adds or replaces apps (matched by REST API key; a replaced app keeps its id unless the config
 * gives one) and users (matched by id) from a config.
 *
 * @throws TypeError on an invalid config; nothing is changed then.
 */
export function seedState(state: EmulatorState, config: EmulatorConfig): void {
  const apps = (config.apps ?? []).map((input, i) => {
    const existing = state.apps.find((a) => a.restApiKey === input?.restApiKey);
    return normalizeApp(input?.id === undefined && existing ? { ...input, id: existing.id } : input, i);
  });
  const users = (config.users ?? []).map(normalizeUser);
  for (const app of apps) {
    state.apps = [...state.apps.filter((a) => a.restApiKey !== app.restApiKey), app];
  }
  for (const user of users) state.users.set(user.id, user);
  if (config.settings) state.settings = resolveSettings({ ...state.settings, ...config.settings });
}
