// Starts an emulator in the test process with extra loopback redirect URIs registered on free
// ports (so parallel tests never fight over 8719), plus a second app whose client secret is on.
import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_APP, DEFAULT_USERS, startEmulator } from '../../../src/emulator/index.js';
import { assertBuilt, stopAllClis } from './run-cli.js';

export const SECRET_APP_KEY = '0123456789abcdef0123456789abcdef';
export const SECRET_APP_SECRET = 'emulator-client-secret-value';

export type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

/** A free loopback port (closed again before use). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the emulator with `count` extra redirect URIs, returned in order. */
export async function startTestEmulator(
  count: number,
  autoLogin = true,
): Promise<{ server: RunningEmulator; redirectUris: string[] }> {
  const redirectUris: string[] = [];
  for (let i = 0; i < count; i++) redirectUris.push(`http://127.0.0.1:${await freePort()}/callback`);
  const server = await startEmulator({
    autoLogin,
    config: {
      apps: [
        { ...DEFAULT_APP, redirectUris: [...DEFAULT_APP.redirectUris, ...redirectUris] },
        {
          ...DEFAULT_APP,
          id: DEFAULT_APP.id + 1,
          restApiKey: SECRET_APP_KEY,
          adminKey: 'fedcba9876543210fedcba9876543210',
          clientSecret: { enabled: true, value: SECRET_APP_SECRET },
          redirectUris: [...redirectUris],
        },
      ],
      users: DEFAULT_USERS,
    },
  });
  return { server, redirectUris };
}

/** The KAKAO_* environment that points the CLI at the emulator's default app. */
export function emulatorEnv(server: RunningEmulator, redirectUri: string): Record<string, string> {
  return {
    KAKAO_AUTH_URL: server.authUrl,
    KAKAO_API_URL: server.apiUrl,
    KAKAO_REST_API_KEY: DEFAULT_APP.restApiKey,
    KAKAO_REDIRECT_URI: redirectUri,
  };
}

/** Plays the browser for an authorize URL under autoLogin: returns the redirect target. */
export async function authorizeRedirect(url: string): Promise<URL> {
  const res = await fetch(url, { redirect: 'manual' });
  await res.body?.cancel();
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`authorize answered ${res.status}, not a redirect`);
  return new URL(location, url);
}

/** A test emulator for one file: started in beforeAll, closed (with any CLI child) in afterAll. */
export interface FileEmulator {
  server: RunningEmulator;
  uris: string[];
}

/** Registers the hooks that start a test emulator with `count` redirect URIs for this file. */
export function setupTestEmulator(count: number, autoLogin = true): FileEmulator {
  const emulator = {} as FileEmulator;
  beforeAll(async () => {
    assertBuilt();
    const { server, redirectUris } = await startTestEmulator(count, autoLogin);
    emulator.server = server;
    emulator.uris = redirectUris;
  });
  afterAll(async () => {
    stopAllClis();
    await emulator.server?.close();
  });
  return emulator;
}
