/**
 * Kakao for the token tests: the emulator in-process (or on loopback), a client that follows its
 * clock, sign-in by autoLogin, and the refresh requests counted from its request log.
 */
import {
  createKakaoClient,
  exchangeCode,
  type KakaoClient,
  type KakaoTokenSet,
} from '../../../src/client/index.js';
import { DEFAULT_REST_API_KEY, type Emulator } from '../../../src/emulator/index.js';
import { autoCode, testEmulator } from '../../emulator/helpers.js';

/** Six hours and a minute: every access token is past its life afterwards. */
export const PAST_ACCESS_LIFE_MS = 6 * 3600_000 + 60_000;
/** Thirty-one days: the refresh token then has under 30 days left and rotates on the next refresh. */
export const INTO_ROTATION_MS = 31 * 24 * 3600_000;

export interface TestKakao {
  readonly emulator: Emulator;
  readonly kakao: KakaoClient;
  /** Signs the first test user in and returns the set. */
  signIn(): Promise<KakaoTokenSet>;
  /** Moves the emulator's (and so the client's) clock. */
  advance(ms: number): void;
  /** Refresh requests (`grant_type=refresh_token`) in the log, with their outcome. */
  refreshes(): { status: number; errorCode: string | undefined }[];
  /** The user disconnects the app from their Kakao account (tokens revoked). */
  unlink(): Promise<void>;
}

/** A client that reaches the emulator in-process and follows its clock. */
export function emulatorClient(emulator: Emulator): KakaoClient {
  return createKakaoClient({
    restApiKey: DEFAULT_REST_API_KEY,
    redirectUri: 'http://127.0.0.1:8719/callback',
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    fetch: (request) => emulator.fetch(request),
    clock: () => emulator.state.clock.now(),
  });
}

/** An in-process emulator with autoLogin and a client wired to it. */
export async function testKakao(): Promise<TestKakao> {
  const emulator = await testEmulator({ autoLogin: true });
  const kakao = emulatorClient(emulator);
  return {
    emulator,
    kakao,
    signIn: async () => exchangeCode(kakao, { code: await autoCode(emulator) }),
    advance: (ms) => emulator.state.clock.advance(ms),
    refreshes: () => refreshesIn(emulator.state.log),
    async unlink() {
      const response = await emulator.fetch(
        new Request(`${emulator.authUrl}/__emulator/users/disconnect`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId: emulator.autoLoginUserId }),
        }),
      );
      if (response.status >= 400)
        throw new Error(`disconnect failed: ${response.status} ${await response.text()}`);
    },
  };
}

/** The refresh requests of a request log. */
export function refreshesIn(
  log: readonly {
    path: string;
    params: Record<string, string>;
    status: number;
    errorCode?: string | undefined;
  }[],
) {
  return log
    .filter((entry) => entry.path === '/oauth/token' && entry.params.grant_type === 'refresh_token')
    .map((entry) => ({ status: entry.status, errorCode: entry.errorCode }));
}
