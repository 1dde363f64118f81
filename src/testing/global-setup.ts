/**
 * A global setup for vitest and jest: one emulator for the whole run, its `KAKAO_*` settings put
 * into `process.env` before the test workers start (they inherit it), stopped at the end.
 *
 * @module
 */

import {
  type KakaoTestEmulator,
  type KakaoTestEmulatorOptions,
  startKakaoTestEmulator,
} from './environment.js';

const RUNNING = Symbol.for('kakao-oauth.testing.globalEmulator');

type Holder = { [RUNNING]?: KakaoTestEmulator | undefined };

/**
 * Builds a global setup function. vitest calls it once and the teardown it returns at the end;
 * jest calls it once (pair it with {@link kakaoGlobalTeardown}).
 *
 * @example
 * ```ts
 * // kakao.setup.ts, named in vitest's `test.globalSetup` (or jest's `globalSetup`)
 * export default kakaoGlobalSetup({ redirectUris: ['http://127.0.0.1:3000/auth/kakao/callback'] });
 * ```
 */
export function kakaoGlobalSetup(options: KakaoTestEmulatorOptions = {}): () => Promise<() => Promise<void>> {
  return async () => {
    const holder = globalThis as Holder;
    if (holder[RUNNING]) throw new Error('kakaoGlobalSetup: an emulator is already running in this process');
    const kakao = await startKakaoTestEmulator(options);
    holder[RUNNING] = kakao;
    Object.assign(process.env, kakao.env);
    return kakaoGlobalTeardown;
  };
}

/**
 * Stops the emulator {@link kakaoGlobalSetup} started (jest's `globalTeardown`); harmless when none
 * runs.
 *
 * @example
 * ```ts
 * // kakao.teardown.ts, named in jest's `globalTeardown`
 * export default kakaoGlobalTeardown;
 * ```
 */
export async function kakaoGlobalTeardown(): Promise<void> {
  const holder = globalThis as Holder;
  const kakao = holder[RUNNING];
  holder[RUNNING] = undefined;
  await kakao?.close();
}
