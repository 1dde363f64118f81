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
