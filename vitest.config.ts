import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // next-auth imports `next/server` and `next/headers` without `.js`; `next` has no `exports`
    // map, so Node's ESM resolver refuses them (Next's bundler resolves them): let Vite resolve.
    server: { deps: { inline: ['next-auth'] } },
  },
});
