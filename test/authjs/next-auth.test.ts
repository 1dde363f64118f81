/**
 * kakaoAuthJs in NextAuth v5 (`next-auth`, real package) outside a running Next server: its route
 * handlers (`handlers.GET/POST`) and its `auth(handler)` route wrapper called with web Requests
 * against the emulator — sign-in, the exact id, a kapi call for the signed-in user, sign-out that
 * reaches Kakao. `auth()` with no argument (Server Components) reads `next/headers`, which only a
 * running Next request provides; the last test records that.
 */
import type { AuthConfig } from '@auth/core';
import { describe, expect, it } from 'vitest';
import type { KakaoAuthJsSession } from '../../src/authjs/index.js';
import { getUser } from '../../src/index.js';
import { apiCodeOf } from '../support/frameworks.js';
import { APP, MINJUN, postForm, type Run, setUp, signIn } from './fixture.js';

/** What the tests use of `NextAuth(config)`. */
interface NextAuthResult {
  handlers: { GET(request: Request): Promise<Response>; POST(request: Request): Promise<Response> };
  auth: {
    (): Promise<unknown>;
    (route: (req: Request & { auth: unknown }) => Promise<Response>): (request: Request) => Promise<Response>;
  };
}

// Imported untyped: next-auth's declarations bring Next's global ones (a required
// NodeJS.ProcessEnv.NODE_ENV) into the whole type-checked program.
const NEXT_AUTH = 'next-auth';
const { default: NextAuth } = (await import(NEXT_AUTH)) as {
  default: (config: AuthConfig) => NextAuthResult;
};
let nextAuth: NextAuthResult;

/** Routes every request to NextAuth's route handlers, as `app/auth/[...nextauth]/route.ts` would. */
function nextAuthHandler(config: AuthConfig) {
  nextAuth = NextAuth(config);
  const { GET, POST } = nextAuth.handlers;
  return (request: Request) => (request.method === 'POST' ? POST : GET)(request);
}

async function signedIn(): Promise<Run> {
  const run = await setUp({ hooks: true, handler: nextAuthHandler });
  const { callback, session } = await signIn(run);
  expect(run.errors).toEqual([]);
  expect(callback.headers.get('location')).toBe(APP);
  expect(session).toMatchObject({ kakaoId: MINJUN, user: { name: '민준' } });
  return run;
}

describe('kakaoAuthJs in NextAuth v5 (next-auth 5.0.0-beta.32)', () => {
  it('signs in through handlers.GET/POST with the exact 64-bit id; a route wrapped by auth() calls kapi', async () => {
    const run = await signedIn();
    expect(run.accounts[0]).toMatchObject({ provider: 'kakao', providerAccountId: MINJUN });
    // app/me/route.ts: export const GET = auth(async (req) => …)
    const route = nextAuth.auth(async (req) => {
      const me = await run.kakao!.call(req.auth as KakaoAuthJsSession | null, (accessToken) =>
        getUser(run.client, { accessToken }),
      );
      return Response.json({ id: me.id });
    });
    // Next sets the host and protocol headers; auth() builds its session URL (and so the cookie's
    // name: `__Secure-` on https) from them.
    const headers = {
      cookie: run.jar.header(),
      'x-forwarded-host': 'localhost:3000',
      'x-forwarded-proto': 'http',
    };
    const answer = await route(new Request(`${APP}/me`, { headers }));
    expect(await answer.json()).toEqual({ id: MINJUN });
  });

  it('sign-out through handlers.POST logs the Kakao token out: it then answers -401', async () => {
    const run = await signedIn();
    const accessToken = await run.tokens.getAccessToken(MINJUN);
    const out = await postForm(run, '/auth/signout', { callbackUrl: APP });
    expect(out.status).toBe(302);
    expect(await apiCodeOf(getUser(run.client, { accessToken }))).toBe(-401);
    expect(await run.session()).toBeNull();
  });

  it('auth() with no argument needs a running Next request (next/headers)', async () => {
    await signedIn();
    await expect(Promise.resolve().then(() => nextAuth.auth())).rejects.toThrow(/request scope/);
  });
});
