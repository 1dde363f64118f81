// A user's own vitest project, run by ../global-setup.test.ts in a child process: one emulator
// for the run through kakaoGlobalSetup, its KAKAO_* settings in the tests' environment.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['*.spec.ts'],
    globalSetup: ['./kakao.setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
