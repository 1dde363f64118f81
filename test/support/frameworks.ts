/**
 * Shared by the framework integration tests: an emulator app set up like a developer's console,
 * and an id_token forged with a key that is not Kakao's.
 */
import { SignJWT } from 'jose';
import {
  createEmulator,
  DEFAULT_APP,
  type Emulator,
  type EmulatorOptions,
} from '../../src/emulator/index.js';
import { createKakaoClient, KakaoApiError, type KakaoClient } from '../../src/index.js';
import { testKey } from '../emulator/helpers.js';

/** How the test app is set up in the emulator. */
export interface AppSetup {
  redirectUri: string;
  unlinkCallbackUrl?: string;
  /** Turns the app's client secret on with this value. */
  appSecret?: string;
  /** Keep only these consent items (ids). */
  consentItems?: string[];
  webhookFetch?: EmulatorOptions['webhookFetch'];
}

/** An in-process emulator (auto-login as the first user) with one app set up as given. */
export async function frameworkEmulator(setup: AppSetup): Promise<Emulator> {
  return createEmulator({
    autoLogin: true,
    signingKeys: [await testKey()],
    config: {
      apps: [
        {
          ...DEFAULT_APP,
          redirectUris: [setup.redirectUri],
          unlinkCallbackUrl: setup.unlinkCallbackUrl,
          clientSecret: { enabled: setup.appSecret !== undefined, value: setup.appSecret ?? 'x' },
          consentItems: DEFAULT_APP.consentItems.filter(
            (item) => setup.consentItems === undefined || setup.consentItems.includes(item.id),
          ),
        },
      ],
    },
    webhookFetch: setup.webhookFetch,
  });
}

/** `claims` signed RS256 with a fresh key that is not Kakao's, under Kakao's `kid`. */
export async function forgeIdToken(claims: Record<string, unknown>, kid: string): Promise<string> {
  const { privateKey } = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign'],
  );
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
}

/** The `kid` of the emulator's current signing key. */
export async function emulatorKid(emulator: Emulator): Promise<string> {
  const response = await emulator.fetch(new Request(`${emulator.authUrl}/.well-known/jwks.json`));
  const jwks = (await response.json()) as { keys: { kid: string }[] };
  return jwks.keys[0]!.kid;
}

/**
 * A client of the default app that reaches `emulator` in-process and follows its clock; with
 * `forge`, every token response's id_token is re-signed by a key that is not Kakao's (same claims
 * plus `email: attacker@example.com`, same `kid`), as a tampered response would be.
 */
export function frameworkClient(
  emulator: Emulator,
  options: { clientSecret?: string; adminKey?: string; forge?: boolean } = {},
): KakaoClient {
  return createKakaoClient({
    restApiKey: DEFAULT_APP.restApiKey,
    clientSecret: options.clientSecret,
    adminKey: options.adminKey,
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    fetch: options.forge ? forging(emulator) : emulator.fetch,
    clock: () => emulator.state.clock.now(),
  });
}

function forging(emulator: Emulator) {
  return async (request: Request): Promise<Response> => {
    const response = await emulator.fetch(request);
    if (!request.url.endsWith('/oauth/token') || !response.ok) return response;
    const body = (await response.json()) as Record<string, unknown>;
    const [header, payload] = String(body.id_token)
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
    body.id_token = await forgeIdToken({ ...payload, email: 'attacker@example.com' }, String(header?.kid));
    return Response.json(body);
  };
}

/** The kapi `code` a call fails with (`-401`, `-101`…), `undefined` when it succeeds. */
export async function apiCodeOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof KakaoApiError ? error.apiCode : Number.NaN;
  }
}

/** The user disconnects the app in Kakao (the emulator then calls the app's unlink webhook). */
export async function disconnectUser(emulator: Emulator, userId: string): Promise<void> {
  const response = await emulator.fetch(
    new Request(`${emulator.authUrl}/__emulator/users/disconnect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    }),
  );
  if (response.status >= 400)
    throw new Error(`disconnect failed: ${response.status} ${await response.text()}`);
}

/**
 * Kakao's unlink notification as Kakao sends it (admin key, form body) for `userId` (Minjun's by
 * default) to `url`.
 */
export function unlinkNotification(url: string, userId = '1376016924426111111'): Request {
  return new Request(url, {
    method: 'POST',
    headers: {
      authorization: `KakaoAK ${DEFAULT_APP.adminKey}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `user_id=${userId}&referrer_type=UNLINK_FROM_APPS`,
  });
}
