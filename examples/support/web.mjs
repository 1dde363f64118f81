// Shared by the web examples (not shown in the docs): an emulator on loopback with auto-login and
// the app's callback registered, its settings put into the KAKAO_* variables (as the docs' apps read
// them), and a headless sign-in through the app's own /auth/kakao routes.
import { randomBytes } from 'node:crypto';
import { DEFAULT_APP, startEmulator } from 'kakao-oauth/emulator';
import { headlessBrowser } from './browser.mjs';
import { setEnvFor } from './sign-in.mjs';

/** Starts the emulator for an app served at `appUrl` and points `process.env` at it. */
export async function emulatorForApp(appUrl) {
  const emulator = await startEmulator({
    autoLogin: true,
    config: {
      apps: [
        {
          ...DEFAULT_APP,
          redirectUris: [`${appUrl}/auth/kakao/callback`],
          unlinkCallbackUrl: `${appUrl}/auth/kakao/unlink-webhook`,
        },
      ],
    },
  });
  setEnvFor(emulator);
  process.env.SESSION_SECRET = randomBytes(32).toString('base64url');
  return emulator;
}

/**
 * Signs in through the app (login → the emulator's authorize → the callback) and returns the
 * browser, its cookies set, and the page the app sent it to. `apps` as in `headlessBrowser`.
 */
export async function signInThroughApp(appUrl, apps = {}) {
  const browser = headlessBrowser(apps);
  const page = await browser.go(`${appUrl}/auth/kakao/login`);
  if (page.res.status !== 200) throw new Error(`sign-in ended at ${page.url} with ${page.res.status}`);
  return { browser, page };
}
