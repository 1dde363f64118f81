/**
 * Helpers for testing an app's Kakao Login against the emulator: a Playwright sign-in through the
 * emulator's pages, a vitest/jest global setup with per-test reset, and assertions over the
 * emulator's request log.
 *
 * @packageDocumentation
 */

export {
  type KakaoTestEmulator,
  type KakaoTestEmulatorOptions,
  kakaoTestEnv,
  resetKakaoEmulator,
  startKakaoTestEmulator,
} from './environment.js';
export { kakaoGlobalSetup, kakaoGlobalTeardown } from './global-setup.js';
export {
  type KakaoTestLocator,
  type KakaoTestPage,
  type SignInWithKakaoOptions,
  signInWithKakao,
} from './playwright.js';
export {
  CODE_REDEMPTION,
  KakaoLogAssertionError,
  KakaoRequestLog,
  type LogQuery,
  REFRESH_REQUEST,
  readKakaoRequestLog,
} from './request-log.js';
