/**
 * The emulator's web-standard core served by `Bun.serve`, and our client's sign-in run by Bun
 * against it over HTTP (test/runtimes/serve-and-sign-in.mjs). Bun is started once.
 */
import { describe, it } from 'vitest';
import { expectSignedIn, runToJson, runtimeBinary } from './support.js';

const bun = runtimeBinary('bun');

describe.skipIf(!bun)('the emulator and our client under Bun', () => {
  it('Bun.serve(emulator.fetch) completes a sign-in driven by our client', async () => {
    const result = await runToJson(bun!, ['test/runtimes/serve-and-sign-in.mjs'], 60_000);
    expectSignedIn(result);
  }, 90_000);
});
