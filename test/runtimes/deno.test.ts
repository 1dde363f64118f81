/**
 * The emulator's web-standard core served by `Deno.serve`, and our client's sign-in run by Deno
 * against it over HTTP (test/runtimes/serve-and-sign-in.mjs). Deno is started once, with network
 * access to 127.0.0.1 only and read access to the repository (dist/ and node_modules/).
 */
import { describe, it } from 'vitest';
import { expectSignedIn, root, runToJson, runtimeBinary } from './support.js';

const deno = runtimeBinary('deno');

describe.skipIf(!deno)('the emulator and our client under Deno', () => {
  it('Deno.serve(emulator.fetch) completes a sign-in driven by our client', async () => {
    const args = [
      'run',
      '--allow-net=127.0.0.1',
      `--allow-read=${root}`,
      'test/runtimes/serve-and-sign-in.mjs',
    ];
    const result = await runToJson(deno!, args, 60_000);
    expectSignedIn(result);
  }, 90_000);
});
