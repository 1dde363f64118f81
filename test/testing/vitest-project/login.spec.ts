// A user's test file: the emulator is already running (global setup), reset before each test.
import { writeFileSync } from 'node:fs';
import { beforeEach, expect, it } from 'vitest';
import { createKakaoClient, exchangeCode, getUser } from '../../../src/index.js';
import { CODE_REDEMPTION, readKakaoRequestLog, resetKakaoEmulator } from '../../../src/testing/index.js';

beforeEach(() => resetKakaoEmulator());

const env = process.env;

it('sees the emulator settings', () => {
  expect(env.KAKAO_AUTH_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(env.KAKAO_API_URL).toBe(env.KAKAO_AUTH_URL);
  expect(env.KAKAO_REDIRECT_URI).toBe('http://127.0.0.1:3999/auth/kakao/callback');
  expect(env.KAKAO_REST_API_KEY).toMatch(/^[0-9a-f]{32}$/);
  if (env.KAKAO_TEST_REPORT)
    writeFileSync(env.KAKAO_TEST_REPORT, JSON.stringify({ authUrl: env.KAKAO_AUTH_URL }));
});

it('signs in with the client pointed at it (auto-login)', async () => {
  const kakao = createKakaoClient({
    restApiKey: env.KAKAO_REST_API_KEY ?? '',
    redirectUri: env.KAKAO_REDIRECT_URI,
    authUrl: env.KAKAO_AUTH_URL,
    apiUrl: env.KAKAO_API_URL,
  });
  const authorize = await fetch(
    `${env.KAKAO_AUTH_URL}/oauth/authorize?client_id=${env.KAKAO_REST_API_KEY}&redirect_uri=${encodeURIComponent(env.KAKAO_REDIRECT_URI ?? '')}&response_type=code`,
    { redirect: 'manual' },
  );
  const code = new URL(authorize.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const tokens = await exchangeCode(kakao, { code });
  const me = await getUser(kakao, { accessToken: tokens.accessToken });
  expect(me.id).toBe('1376016924426111111');
  (await readKakaoRequestLog()).expectCount(CODE_REDEMPTION, 1);
});

it('starts each test from a reset emulator', async () => {
  const log = await readKakaoRequestLog();
  expect(log.entries).toEqual([]);
});
