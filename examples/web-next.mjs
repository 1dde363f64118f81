// docs/web.md "Adapters": the Next.js App Router adapter, its two files in one. Node stands in for
// Next here: the route handlers are called in-process with the requests Next would pass them, and
// `auth(request)` is given the request (in a Server Component, `await auth()` reads it through
// `headers()`; examples/next runs that under `next start`, driven in Chromium by
// test/web/browser/example-apps.test.ts). The KAKAO_* variables point at an emulator on loopback
// with auto-login, and a headless browser (fetch with a cookie jar) signs in.
// Run it with `npm run build && node examples/web-next.mjs`.
import { kakaoAuthFromEnv } from './shared/kakao-env.mjs';
import { emulatorForApp, signInThroughApp } from './support/web.mjs';

const appUrl = 'http://127.0.0.1:3000';
const emulator = await emulatorForApp(appUrl);
const { auth: kakaoAuth } = await kakaoAuthFromEnv(appUrl);

// #region route
// app/auth/kakao/[...kakao]/route.js
import { kakaoRouteHandlers } from 'kakao-oauth/next';

export const { GET, POST } = kakaoRouteHandlers(() => kakaoAuth); // a function: next build runs without env
// #endregion route

// The app: the handlers under /auth/kakao, and a page that reads the session.
const next = async (request) => {
  if (new URL(request.url).pathname.startsWith('/auth/kakao/')) {
    return request.method === 'POST' ? POST(request) : GET(request);
  }
  return Response.json(await auth(request));
};

// #region helper
// lib/auth.js
import { createAuthHelper } from 'kakao-oauth/next';
import { headers } from 'next/headers.js';

export const auth = createAuthHelper(() => kakaoAuth, headers); // await auth() in Server Components
// #endregion helper

const { page } = await signInThroughApp(appUrl, { [appUrl]: next });
const session = await page.res.json();
console.log('signed in through the Next.js handlers as', session.nickname, session.userId);
await emulator.close();
