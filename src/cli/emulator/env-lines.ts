/**
 * The KAKAO_* settings that point a client at a running emulator.
 *
 * @module
 */

/** What we read from a started emulator. */
export interface RunningEmulatorInfo {
  authUrl: string;
  apiUrl: string;
  app: {
    restApiKey: string;
    adminKey: string;
    redirectUris: readonly string[];
    clientSecret: { enabled: boolean; value: string };
  };
}

/**
 * The settings, in print order; `KAKAO_CLIENT_SECRET` only when the app requires a secret.
 * `KAKAO_ADMIN_KEY` is the emulator's own (local) admin key, for `--user-id` calls.
 *
 * @example
 * ```ts
 * declare const server: RunningEmulatorInfo;
 * emulatorEnv(server); // { KAKAO_AUTH_URL: 'http://127.0.0.1:…', … }
 * ```
 */
export function emulatorEnv(server: RunningEmulatorInfo): Record<string, string> {
  const env: Record<string, string> = {
    KAKAO_AUTH_URL: server.authUrl,
    KAKAO_API_URL: server.apiUrl,
    KAKAO_REST_API_KEY: server.app.restApiKey,
  };
  const redirectUri = server.app.redirectUris[0];
  if (redirectUri !== undefined) env.KAKAO_REDIRECT_URI = redirectUri;
  // The emulator's own admin key: a local test value, printed so `--user-id` calls work against it.
  env.KAKAO_ADMIN_KEY = server.app.adminKey;
  if (server.app.clientSecret.enabled) env.KAKAO_CLIENT_SECRET = server.app.clientSecret.value;
  return env;
}
