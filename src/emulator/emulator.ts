/**
 * `createEmulator`: the web-standard core. One model, one `fetch(Request) → Response`.
 *
 * @module
 */

import { DEFAULT_MAX_BODY_BYTES } from './http/body.js';
import { standardResponse } from './http/text-response.js';
import type { EmulatorClock } from './model/clock.js';
import type { AppConfig, EmulatorConfig } from './model/config.js';
import { normalizeUserId } from './model/config.js';
import { DEFAULT_APP } from './model/defaults.js';
import type { JwsSigner } from './model/jws.js';
import type { EmulatorSettings } from './model/settings.js';
import { createState } from './model/state.js';
import type { SigningKey } from './model/types.js';
import { route } from './router.js';
import type { Emulator } from './types.js';

/** In-process base URL of the emulated kauth.kakao.com (nothing listens there). */
export const IN_PROCESS_AUTH_URL = 'http://kauth.emulator.invalid';
/** In-process base URL of the emulated kapi.kakao.com. */
export const IN_PROCESS_API_URL = 'http://kapi.emulator.invalid';

/** Options of {@link createEmulator}. */
export interface EmulatorOptions {
  /** Apps, users and settings; default: `DEFAULT_APP` and `DEFAULT_USERS`. */
  config?: EmulatorConfig | undefined;
  /**
   * OIDC for every app of the initial config: `false` turns it off (as on a new real Kakao app:
   * no id_token, no `openid` scope), `true` on. Default: each app's own `oidc` — on for the
   * default app, so that OIDC clients work out of the box.
   */
  oidc?: boolean | undefined;
  /** Settings merged over `config.settings` (lifetimes, rate limits, …). */
  settings?: Partial<EmulatorSettings> | undefined;
  /** Base URL of the auth host. Default {@link IN_PROCESS_AUTH_URL}. */
  authUrl?: string | undefined;
  /** Base URL of the API host. Default {@link IN_PROCESS_API_URL}. */
  apiUrl?: string | undefined;
  /** id_token `iss` and discovery `issuer`. Default: the auth base URL. */
  issuer?: string | undefined;
  /** Time source (epoch ms) or a ready clock; default `Date.now`, always movable. */
  clock?: (() => number) | EmulatorClock | undefined;
  /** Unattended mode: `true` = the first user, or a user id; signed in and agreeing to everything. */
  autoLogin?: boolean | string | undefined;
  /** Pre-generated signing keys (skip RSA key generation). */
  signingKeys?: SigningKey[] | undefined;
  /**
   * Signs id_tokens. Default: `webCryptoSigner` (`crypto.subtle`, any runtime); `startEmulator`
   * passes `nodeJwsSigner` (`node:crypto`) unless this option is given.
   */
  signer?: JwsSigner | undefined;
  /** `fetch` used for unlink webhooks. */
  webhookFetch?: typeof fetch | undefined;
  /**
   * Largest request body accepted, in bytes (default 1 048 576, 1 MiB);
   * above it the answer is `413` and the rest of the body is not read.
   */
  maxBodyBytes?: number | undefined;
  /**
   * Host names (besides loopback — `localhost`, 127.0.0.0/8, `[::1]` — and the hosts of the base
   * URLs) whose requests may use the `/__emulator/` test controls, e.g. `['emulator.test']`.
   */
  controlHosts?: readonly string[] | undefined;
}

interface BaseUrls {
  authUrl: string;
  apiUrl: string;
  issuer: string | undefined;
}

const urlsOf = new WeakMap<Emulator, BaseUrls>();

type Handler = (request: Request) => Promise<Response>;

/** Each emulator's router, whose answers may be lazy text responses (see {@link lazyFetchOf}). */
const lazyFetches = new WeakMap<Emulator, Handler>();

function trimBase(url: string, name: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
  } catch {
    throw new TypeError(`createEmulator: ${name} must be an absolute URL such as http://127.0.0.1:8080`);
  }
}

function resolveAutoLogin(
  option: EmulatorOptions['autoLogin'],
  firstUserId: string | undefined,
): string | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === true) {
    if (!firstUserId) throw new TypeError('createEmulator: autoLogin needs at least one test user');
    return firstUserId;
  }
  return normalizeUserId(option, 'autoLogin');
}

/** The config's apps (or the default app) with OIDC forced on or off; as given when `oidc` is unset. */
function withOidc(apps: AppConfig[] | undefined, oidc: boolean | undefined): AppConfig[] | undefined {
  if (oidc === undefined) return apps;
  if (typeof oidc !== 'boolean') throw new TypeError('createEmulator: oidc must be true or false');
  return (apps ?? [DEFAULT_APP]).map((app) => ({ ...app, oidc }));
}

function resolveControlHosts(hosts: readonly string[] | undefined): string[] {
  if (hosts === undefined) return [];
  if (
    !Array.isArray(hosts) ||
    hosts.some((h) => typeof h !== 'string' || h === '' || (h.includes(':') && !h.startsWith('[')))
  ) {
    throw new TypeError(
      "createEmulator: controlHosts must be an array of host names without port, such as ['emulator.test']",
    );
  }
  return hosts.map((h) => h.toLowerCase());
}

function resolveMaxBodyBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(
      `createEmulator: maxBodyBytes must be a positive integer (bytes), such as ${DEFAULT_MAX_BODY_BYTES}`,
    );
  }
  return value;
}

/**
 * Creates an emulator in memory. Use `emulator.fetch` as a client's `fetch`, or serve it with
 * `startEmulator`.
 *
 * @throws TypeError on a bad option or config (the message names the field).
 * @example
 * ```ts
 * const emulator = createEmulator({ autoLogin: true });
 * const res = await emulator.fetch(new Request(`${emulator.authUrl}/.well-known/openid-configuration`));
 * ```
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const config: EmulatorConfig = {
    ...options.config,
    apps: withOidc(options.config?.apps, options.oidc),
    settings: { ...options.config?.settings, ...options.settings },
  };
  const state = createState({
    config,
    clock: options.clock,
    signingKeys: options.signingKeys,
    signer: options.signer,
    webhookFetch: options.webhookFetch,
  });
  const urls: BaseUrls = {
    authUrl: trimBase(options.authUrl ?? IN_PROCESS_AUTH_URL, 'authUrl'),
    apiUrl: trimBase(options.apiUrl ?? IN_PROCESS_API_URL, 'apiUrl'),
    issuer: options.issuer,
  };
  const autoLoginUserId = resolveAutoLogin(options.autoLogin, state.users.keys().next().value);
  if (autoLoginUserId && !state.users.has(autoLoginUserId)) {
    throw new TypeError(`createEmulator: autoLogin user ${autoLoginUserId} is not a test user`);
  }
  const emulator: Emulator = {
    state,
    autoLoginUserId,
    maxBodyBytes: resolveMaxBodyBytes(options.maxBodyBytes),
    controlHosts: resolveControlHosts(options.controlHosts),
    get authUrl() {
      return urls.authUrl;
    },
    get apiUrl() {
      return urls.apiUrl;
    },
    get issuer() {
      return urls.issuer ?? urls.authUrl;
    },
    fetch: async (request) => standardResponse(await route(emulator, request)),
  };
  urlsOf.set(emulator, urls);
  lazyFetches.set(emulator, (request) => route(emulator, request));
  return emulator;
}

/** Points an emulator at the URLs it now listens on (used by `startEmulator`). */
export function setBaseUrls(emulator: Emulator, authUrl: string, apiUrl: string): void {
  const urls = urlsOf.get(emulator);
  if (!urls) throw new TypeError('setBaseUrls: not an emulator created by createEmulator');
  urls.authUrl = trimBase(authUrl, 'authUrl');
  urls.apiUrl = trimBase(apiUrl, 'apiUrl');
}

/**
 * The handler of an emulator without building the `Response` of an answer made from text: the
 * Node binding writes such an answer straight from its text. `emulator.fetch` for an emulator
 * not made by {@link createEmulator}.
 */
export function lazyFetchOf(emulator: Emulator): Handler {
  return lazyFetches.get(emulator) ?? emulator.fetch;
}
