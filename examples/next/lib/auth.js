// The app's Kakao Login, from the environment (PRODUCT.md §3 names plus SESSION_SECRET). One
// instance per server process: Next.js bundles this module into several chunks, so it is kept
// on globalThis (its memory store holds the ended-session marks every chunk must see).

import { createKakaoClient } from 'kakao-oauth';
import { createAuthHelper } from 'kakao-oauth/next';
import { createKakaoAuth } from 'kakao-oauth/web';
import { headers } from 'next/headers.js';

function create() {
  const env = process.env;
  if (!env.KAKAO_REST_API_KEY || !env.SESSION_SECRET) {
    throw new Error('Set KAKAO_REST_API_KEY and SESSION_SECRET (or run `node examples/next/main.mjs`).');
  }
  return createKakaoAuth({
    kakao: createKakaoClient({
      restApiKey: env.KAKAO_REST_API_KEY,
      clientSecret: env.KAKAO_CLIENT_SECRET,
      adminKey: env.KAKAO_ADMIN_KEY,
      redirectUri: env.KAKAO_REDIRECT_URI,
      authUrl: env.KAKAO_AUTH_URL,
      apiUrl: env.KAKAO_API_URL,
    }),
    secrets: [env.SESSION_SECRET],
    basePath: '/auth/kakao',
    scopes: ['openid', 'profile_nickname'],
  });
}

/** The routes and helpers, created on first use (`next build` runs this module without the env). */
export function kakaoAuth() {
  globalThis.kakaoAuthExample ??= create();
  return globalThis.kakaoAuthExample;
}
/** `await auth()` in a Server Component: the session or null. */
export const auth = createAuthHelper(kakaoAuth, headers);
