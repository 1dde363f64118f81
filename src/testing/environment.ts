/**
 * One emulator for a test run: started on loopback with the app's own redirect URIs (and unlink
 * webhook) in its initial config, so a reset between tests keeps them; its `KAKAO_*` settings as
 * an environment record; a reset through the test controls.
 *
 * @module
 */

import { DEFAULT_APP } from '../emulator/model/defaults.js';
import { type RunningEmulator, type StartEmulatorOptions, startEmulator } from '../emulator/node/start.js';

/** Options of {@link startKakaoTestEmulator}. */
export interface KakaoTestEmulatorOptions extends StartEmulatorOptions {
  /**
   * Redirect URIs of the app under test, registered on the default app (ignored when `config`
   * gives apps). The first one becomes `KAKAO_REDIRECT_URI`.
   */
  redirectUris?: readonly string[] | undefined;
  /** Unlink webhook URL of the app under test, set on the default app. */
  unlinkCallbackUrl?: string | undefined;
}

/** A running emulator for tests, and the settings that point an app at it. */
export interface KakaoTestEmulator {
  /** `KAKAO_AUTH_URL`, `KAKAO_API_URL`, `KAKAO_REST_API_KEY`, `KAKAO_ADMIN_KEY`, `KAKAO_REDIRECT_URI`, and `KAKAO_CLIENT_SECRET` when the app requires one. */
  env: Record<string, string>;
  /** The running emulator (its `emulator.state` is there for in-process checks). */
  running: RunningEmulator;
  /** Stops it. */
  close(): Promise<void>;
}

function withAppSettings(options: KakaoTestEmulatorOptions): StartEmulatorOptions {
  if (options.config?.apps || (!options.redirectUris && !options.unlinkCallbackUrl)) return options;
  const redirectUris = [...(options.redirectUris ?? []), ...DEFAULT_APP.redirectUris];
  const app = { ...DEFAULT_APP, redirectUris, unlinkCallbackUrl: options.unlinkCallbackUrl };
  return { ...options, config: { ...options.config, apps: [app] } };
}

/** The `KAKAO_*` settings of a running emulator (the first app's keys). */
export function kakaoTestEnv(running: RunningEmulator): Record<string, string> {
  const app = running.emulator.state.apps[0] ?? running.app;
  const env: Record<string, string> = {
    KAKAO_AUTH_URL: running.authUrl,
    KAKAO_API_URL: running.apiUrl,
    KAKAO_REST_API_KEY: app.restApiKey,
    KAKAO_ADMIN_KEY: app.adminKey,
  };
  const redirectUri = app.redirectUris[0];
  if (redirectUri !== undefined) env.KAKAO_REDIRECT_URI = redirectUri;
  if (app.clientSecret.enabled) env.KAKAO_CLIENT_SECRET = app.clientSecret.value;
  return env;
}

/**
 * Starts an emulator for a test run on an ephemeral loopback port.
 *
 * @example
 * ```ts
 * const kakao = await startKakaoTestEmulator({ redirectUris: ['http://127.0.0.1:3000/auth/kakao/callback'] });
 * kakao.env.KAKAO_AUTH_URL; // 'http://127.0.0.1:…'
 * await kakao.close();
 * ```
 */
export async function startKakaoTestEmulator(
  options: KakaoTestEmulatorOptions = {},
): Promise<KakaoTestEmulator> {
  for (const uri of options.redirectUris ?? []) {
    if (typeof uri !== 'string' || !URL.canParse(uri))
      throw new TypeError(
        'startKakaoTestEmulator: redirectUris must be absolute URLs such as http://127.0.0.1:3000/callback',
      );
  }
  const running = await startEmulator(withAppSettings(options));
  return { env: kakaoTestEnv(running), running, close: () => running.close() };
}

/** Where the emulator is: `authUrl` given, or `KAKAO_AUTH_URL` from the environment. */
export function emulatorAuthUrl(authUrl: string | undefined, caller: string): string {
  const url = authUrl ?? globalThis.process?.env?.KAKAO_AUTH_URL;
  if (!url)
    throw new TypeError(
      `${caller}: no emulator URL; pass { authUrl } or set KAKAO_AUTH_URL (kakaoGlobalSetup sets it)`,
    );
  return url.replace(/\/+$/, '');
}

/**
 * Puts the emulator back to its initial state between tests (`POST /__emulator/reset`): users,
 * links, tokens, faults and the request log; the redirect URIs given at start stay registered.
 *
 * @example
 * ```ts
 * // beforeEach(() => resetKakaoEmulator());
 * await resetKakaoEmulator();
 * ```
 */
export async function resetKakaoEmulator(options: { authUrl?: string | undefined } = {}): Promise<void> {
  const base = emulatorAuthUrl(options.authUrl, 'resetKakaoEmulator');
  const response = await fetch(`${base}/__emulator/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok)
    throw new Error(`resetKakaoEmulator: the emulator at ${base} answered ${response.status}`);
}
