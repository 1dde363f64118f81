/**
 * `@auth/core`'s stock Kakao provider (Auth.js) against the emulator, changing only its three
 * URLs (the provider's own `authorization`, `token` and `userinfo` options) and registering its
 * callback URL through the controls. The whole sign-in runs through `Auth()`: csrf → signin →
 * the emulator's authorize (auto-login) → Auth.js's callback (code exchange, user request) →
 * session. The assertions record what the stock provider does, right or wrong; each wrong point
 * is commented (findings for the framework integrations).
 */
import { Auth, type AuthConfig } from '@auth/core';
import Kakao from '@auth/core/providers/kakao';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REST_API_KEY, type RunningEmulator, startEmulator } from '../../../src/emulator/index.js';
import { testKey } from '../helpers.js';
import { registerRedirectUri } from './controls.js';
import { CookieJar } from './cookie-jar.js';

const APP = 'http://localhost:3000';
const MINJUN = '1376016924426111111';

// The default app has OIDC on; `plain` has it off, like a new real Kakao app.
let kakao: RunningEmulator;
let plain: RunningEmulator;

beforeAll(async () => {
  kakao = await startEmulator({ autoLogin: true, signingKeys: [await testKey()] });
  plain = await startEmulator({ autoLogin: true, signingKeys: [await testKey()] });
  await registerRedirectUri(kakao.authUrl, `${APP}/auth/callback/kakao`);
  await registerRedirectUri(plain.authUrl, `${APP}/auth/callback/kakao`, { oidc: false });
});
afterAll(async () => {
  await kakao.close();
  await plain.close();
});

interface SignInSeen {
  account: Record<string, unknown> | null;
  profile: Record<string, unknown> | undefined;
}

function authConfig(running: RunningEmulator, seen: SignInSeen[], errors: Error[]): AuthConfig {
  return {
    providers: [
      Kakao({
        clientId: DEFAULT_REST_API_KEY,
        clientSecret: 'unused-secret',
        authorization: `${running.authUrl}/oauth/authorize?scope`,
        token: `${running.authUrl}/oauth/token`,
        userinfo: `${running.apiUrl}/v2/user/me`,
      }),
    ],
    secret: 'an-auth-js-test-secret-of-32-chars!',
    trustHost: true,
    basePath: '/auth',
    logger: { error: (error) => errors.push(error), warn: () => {}, debug: () => {} },
    callbacks: {
      signIn({ account, profile }) {
        seen.push({ account: account as SignInSeen['account'], profile: profile as SignInSeen['profile'] });
        return true;
      },
    },
  };
}

/** csrf → POST signin → authorize at the emulator → Auth.js callback → session. */
async function signIn(config: AuthConfig) {
  const jar = new CookieJar();
  const send = async (url: string, init: RequestInit = {}) =>
    jar.take(
      await Auth(new Request(url, { ...init, headers: { ...init.headers, cookie: jar.header() } }), config),
    );
  const { csrfToken } = (await (await send(`${APP}/auth/csrf`)).json()) as { csrfToken: string };
  const started = await send(`${APP}/auth/signin/kakao`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl: APP }),
  });
  const authorizeUrl = new URL(started.headers.get('location')!);
  const authorized = await fetch(authorizeUrl, { redirect: 'manual' });
  const callback = await send(authorized.headers.get('location')!);
  const session = (await (await send(`${APP}/auth/session`)).json()) as {
    user?: Record<string, unknown>;
  } | null;
  return { authorizeUrl, callback, session };
}

describe("@auth/core's Kakao provider against the emulator", () => {
  it('with OIDC off (a new Kakao app) signs in; records what it sends and what it keeps', async () => {
    const seen: SignInSeen[] = [];
    const errors: Error[] = [];
    const { authorizeUrl, callback, session } = await signIn(authConfig(plain, seen, errors));
    expect(errors).toEqual([]);
    expect(callback.headers.get('location')).toBe(APP);
    expect(session?.user).toMatchObject({ name: '민준', email: 'minjun.kim@example.com' });

    const query = authorizeUrl.searchParams;
    // Right: PKCE (S256), Auth.js's default check for an OAuth provider. No `state`: PKCE alone
    // binds the callback to the browser that started the sign-in.
    expect([...query.keys()].sort()).toEqual([
      'client_id',
      'code_challenge',
      'code_challenge_method',
      'redirect_uri',
      'response_type',
      'scope',
    ]);
    expect(query.get('code_challenge_method')).toBe('S256');
    // Finding: the provider asks for no scope (`?scope` → `scope=` empty: the app's default
    // consent items) and is a plain OAuth provider: no nonce, no id_token, no id_token check.
    expect(query.get('scope')).toBe('');
    expect(query.has('nonce')).toBe(false);
    expect(seen[0]?.account?.id_token).toBeUndefined();

    // Finding: the 64-bit Kakao user id is parsed with JSON.parse and rounded to a double, so
    // `providerAccountId` (the account's key in every Auth.js adapter) is not the user's id.
    expect(seen[0]?.profile?.id).toBe(Number(MINJUN));
    expect(seen[0]?.account?.providerAccountId).toBe(String(Number(MINJUN)));
    expect(seen[0]?.account?.providerAccountId).not.toBe(MINJUN);

    // The token request authenticates with client_secret_post (the secret travels in the form;
    // with the app's client secret off, Kakao ignores it).
    const token = plain.emulator.state.log.find((entry) => entry.path === '/oauth/token');
    expect(Object.keys(token?.params ?? {})).toContain('client_secret');
  });

  it("with OIDC on (the emulator's default) the sign-in fails: the id_token's iss is checked against https://authjs.dev", async () => {
    const seen: SignInSeen[] = [];
    const errors: Error[] = [];
    const { authorizeUrl, callback } = await signIn(authConfig(kakao, seen, errors));
    // Finding: with OIDC on, Kakao returns an id_token for the default consent items even though
    // the provider asked for no `openid`. The provider is type "oauth" with no `issuer`, so
    // Auth.js uses the fallback issuer https://authjs.dev, and oauth4webapi (under Auth.js)
    // refuses the id_token's Kakao issuer: the sign-in ends on Auth.js's error page.
    expect(authorizeUrl.searchParams.get('scope')).toBe('');
    expect(callback.headers.get('location')).toBe(`${APP}/auth/error?error=Configuration`);
    expect(seen).toEqual([]);
    expect(errors[0]).toMatchObject({
      name: 'CallbackRouteError',
      cause: {
        err: {
          code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
          cause: { claim: 'iss', expected: 'https://authjs.dev' },
        },
      },
    });
  });
});
