/**
 * What an independent client's test does besides changing base URLs: register its redirect URI
 * (and, where a test needs it, other app settings) through the emulator's test controls, as a
 * developer does in Kakao's console.
 */
import { EMULATOR_CONTROL_PREFIX } from '../../../src/emulator/index.js';

interface AppSettings {
  redirectUris: string[];
  oidc: boolean;
}

/**
 * Adds `redirectUri` to the first app's registered redirect URIs, and sets any other `settings`
 * given, via `GET /__emulator/config` and `POST /__emulator/seed`.
 */
export async function registerRedirectUri(
  authUrl: string,
  redirectUri: string,
  settings: Partial<Omit<AppSettings, 'redirectUris'>> = {},
): Promise<void> {
  const config = (await (await fetch(`${authUrl}${EMULATOR_CONTROL_PREFIX}/config`)).json()) as {
    apps: AppSettings[];
  };
  const app = config.apps[0]!;
  const seeded = await fetch(`${authUrl}${EMULATOR_CONTROL_PREFIX}/seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      apps: [{ ...app, ...settings, redirectUris: [...app.redirectUris, redirectUri] }],
    }),
  });
  if (!seeded.ok) throw new Error(`seeding the app failed: ${await seeded.text()}`);
}
