// A Cloudflare Worker serving the emulator's web-standard core (dist/emulator/web.js, bundled by
// test/runtimes/workerd.test.ts with esbuild). The emulator is created on the first request —
// a Worker may not make random values at global scope — and takes its base URL from that
// request's origin (the socket workerd listens on).
import { createEmulator } from '../../../dist/emulator/web.js';

let emulator;

export default {
  fetch(request) {
    if (!emulator) {
      const { origin } = new URL(request.url);
      emulator = createEmulator({ autoLogin: true, authUrl: origin, apiUrl: origin });
    }
    return emulator.fetch(request);
  },
};
