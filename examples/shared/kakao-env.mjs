// The Kakao side of the example apps, from the environment (PRODUCT.md §3 names). Without
// KAKAO_REST_API_KEY and KAKAO_AUTH_URL it starts the local emulator (interactive: its sign-in and
// consent pages, no auto-login) with this app's callback and unlink webhook registered, so the
// same app code runs against the emulator or against real Kakao.
import { randomBytes } from 'node:crypto';
import { createKakaoClient } from 'kakao-oauth';
import { DEFAULT_APP, startEmulator } from 'kakao-oauth/emulator';
import { createKakaoAuth } from 'kakao-oauth/web';

/** The base path of the Kakao Login routes in every example. */
export const BASE_PATH = '/auth/kakao';

/**
 * Creates the app's `KakaoAuth` for an app served at `appUrl`. Returns it, the emulator when one was
 * started, and `close()`.
 */
export async function kakaoAuthFromEnv(appUrl, env = process.env) {
  const real = env.KAKAO_REST_API_KEY !== undefined || env.KAKAO_AUTH_URL !== undefined;
  const emulator = real ? undefined : await startLocalEmulator(appUrl);
  const kakao = createKakaoClient({
    restApiKey: env.KAKAO_REST_API_KEY ?? DEFAULT_APP.restApiKey,
    clientSecret: env.KAKAO_CLIENT_SECRET,
    adminKey: env.KAKAO_ADMIN_KEY ?? (emulator ? DEFAULT_APP.adminKey : undefined),
    redirectUri: env.KAKAO_REDIRECT_URI ?? `${appUrl}${BASE_PATH}/callback`,
    authUrl: emulator?.authUrl ?? env.KAKAO_AUTH_URL,
    apiUrl: emulator?.apiUrl ?? env.KAKAO_API_URL,
  });
  if (real && env.SESSION_SECRET === undefined) {
    throw new Error(
      'Set SESSION_SECRET to a random string of at least 32 characters (openssl rand -base64 32).',
    );
  }
  const auth = createKakaoAuth({
    kakao,
    secrets: [env.SESSION_SECRET ?? randomBytes(32).toString('base64url')],
    basePath: BASE_PATH,
    scopes: ['openid', 'profile_nickname'],
    onUnlink: ({ userId, referrerType }) => console.error(`unlink webhook: user ${userId} (${referrerType})`),
  });
  return { auth, emulator, close: async () => emulator?.close() };
}

function startLocalEmulator(appUrl) {
  return startEmulator({
    config: {
      apps: [
        {
          ...DEFAULT_APP,
          redirectUris: [...DEFAULT_APP.redirectUris, `${appUrl}${BASE_PATH}/callback`],
          unlinkCallbackUrl: `${appUrl}${BASE_PATH}/unlink-webhook`,
        },
      ],
    },
  });
}
