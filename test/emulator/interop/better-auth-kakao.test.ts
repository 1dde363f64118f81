/**
 * Better Auth's stock Kakao social provider against the emulator. Its Kakao URLs are fixed in the
 * provider (authorize, token and user-info), so the test reroutes Node's `fetch` for the sign-in —
 * a scoped swap of the global `fetch`, restored after each test — sending https://kauth.kakao.com
 * and https://kapi.kakao.com to the emulator; the test plays the browser and follows the
 * authorize URL the same way. Better Auth runs with its in-memory adapter and its own
 * `auth.handler`; the callback URL is registered through the controls. Each point it gets wrong
 * is recorded with an assertion and a comment (findings for the framework integrations).
 */
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { kakao as kakaoProvider } from 'better-auth/social-providers';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REST_API_KEY, type RunningEmulator, startEmulator } from '../../../src/emulator/index.js';
import { testKey } from '../helpers.js';
import { registerRedirectUri } from './controls.js';
import { CookieJar } from './cookie-jar.js';

const APP = 'http://localhost:3000';
const MINJUN = '1376016924426111111';
const realFetch = globalThis.fetch;

let kakao: RunningEmulator;

beforeAll(async () => {
  kakao = await startEmulator({ autoLogin: true, signingKeys: [await testKey()] });
  await registerRedirectUri(kakao.authUrl, `${APP}/api/auth/callback/kakao`);
});
afterAll(() => kakao.close());
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** `url` with Kakao's two origins replaced by the emulator's base URLs. */
function toEmulator(url: string): string {
  return url
    .replace(/^https:\/\/kauth\.kakao\.com/, kakao.authUrl)
    .replace(/^https:\/\/kapi\.kakao\.com/, kakao.apiUrl);
}

/** Global `fetch` rerouted to the emulator, recording every URL Better Auth asked for. */
function rerouteKakao(requested: string[]): void {
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    requested.push(url);
    if (input instanceof Request) return realFetch(new Request(toEmulator(url), input), init);
    return realFetch(toEmulator(url), init);
  };
}

function createAuth(db: Record<string, Record<string, unknown>[]>) {
  return betterAuth({
    baseURL: APP,
    secret: 'a-better-auth-test-secret-of-32-chars',
    database: memoryAdapter(db),
    socialProviders: { kakao: { clientId: DEFAULT_REST_API_KEY, clientSecret: 'unused-secret' } },
    logger: { disabled: true },
  });
}

describe("Better Auth's Kakao provider against the emulator", () => {
  it('signs in through the rerouted fetch; records what it sends and what it stores', async () => {
    const db: Record<string, Record<string, unknown>[]> = {
      user: [],
      session: [],
      account: [],
      verification: [],
    };
    const auth = createAuth(db);
    const requested: string[] = [];
    rerouteKakao(requested);
    const jar = new CookieJar();
    const send = async (url: string, init: RequestInit = {}) =>
      jar.take(
        await auth.handler(new Request(url, { ...init, headers: { ...init.headers, cookie: jar.header() } })),
      );

    const started = await send(`${APP}/api/auth/sign-in/social`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'kakao', callbackURL: '/' }),
    });
    const { url } = (await started.json()) as { url: string };
    const authorizeUrl = new URL(url);
    expect(authorizeUrl.origin).toBe('https://kauth.kakao.com');
    const authorized = await realFetch(toEmulator(url), { redirect: 'manual' });
    const callback = await send(authorized.headers.get('location')!);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    const session = (await (await send(`${APP}/api/auth/get-session`)).json()) as {
      user: Record<string, unknown>;
    } | null;
    expect(session?.user).toMatchObject({
      name: '민준',
      email: 'minjun.kim@example.com',
      emailVerified: true,
    });
    expect(requested).toEqual(['https://kauth.kakao.com/oauth/token', 'https://kapi.kakao.com/v2/user/me']);

    const query = authorizeUrl.searchParams;
    // Right: state, and its fixed default scopes.
    expect(query.get('state')).toBeTruthy();
    expect(query.get('scope')).toBe('account_email profile_image profile_nickname');
    // Finding: no PKCE, and no OpenID Connect: no `openid`, no nonce. With the app's OIDC on
    // (the emulator's default) Kakao still returns an id_token, which Better Auth stores as it
    // came: the provider has no `verifyIdToken`, so nothing checks its signature, iss or aud.
    expect(query.has('code_challenge')).toBe(false);
    expect(query.has('nonce')).toBe(false);
    expect(typeof db.account?.[0]?.idToken).toBe('string');
    expect(kakaoProvider({ clientId: DEFAULT_REST_API_KEY, clientSecret: 'x' })).not.toHaveProperty(
      'verifyIdToken',
    );

    // The code exchange sends the client secret in the form (client_secret_post) and no verifier.
    const token = kakao.emulator.state.log.find((entry) => entry.path === '/oauth/token');
    expect(Object.keys(token?.params ?? {}).sort()).toEqual([
      'client_id',
      'client_secret',
      'code',
      'grant_type',
      'redirect_uri',
    ]);
    // Finding: the 64-bit Kakao user id is parsed with JSON.parse and rounded to a double, so the
    // stored account id (Better Auth's key for the Kakao account) is not the user's id.
    expect(db.account?.[0]?.accountId).toBe(String(Number(MINJUN)));
    expect(db.account?.[0]?.accountId).not.toBe(MINJUN);
  });
});
