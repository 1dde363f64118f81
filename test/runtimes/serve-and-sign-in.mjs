// Serves the emulator's web-standard core (dist/emulator/web.js) with the runtime's own server —
// `Bun.serve` or `Deno.serve` — on 127.0.0.1, runs our client's sign-in against it over HTTP,
// prints the result as one JSON line and exits. Started once per runtime by test/runtimes/.
//
//   bun test/runtimes/serve-and-sign-in.mjs
//   deno run --allow-net=127.0.0.1 --allow-read test/runtimes/serve-and-sign-in.mjs
import {
  createEmulator,
  DEFAULT_REDIRECT_URI,
  DEFAULT_REST_API_KEY,
  setBaseUrls,
} from '../../dist/emulator/web.js';
import { signIn } from './sign-in.mjs';

function serve(handler) {
  if (globalThis.Bun) {
    const server = globalThis.Bun.serve({
      hostname: '127.0.0.1',
      port: 0,
      fetch: (request) => handler(request),
    });
    return { url: `http://127.0.0.1:${server.port}`, close: () => server.stop(true) };
  }
  if (globalThis.Deno) {
    const server = globalThis.Deno.serve({ hostname: '127.0.0.1', port: 0, onListen() {} }, (request) =>
      handler(request),
    );
    return { url: `http://127.0.0.1:${server.addr.port}`, close: () => server.shutdown() };
  }
  throw new Error('Run this file with bun or deno (Node uses startEmulator).');
}

const emulator = createEmulator({ autoLogin: true });
const server = serve(emulator.fetch);
setBaseUrls(emulator, server.url, server.url);
try {
  const result = await signIn({
    authUrl: server.url,
    apiUrl: server.url,
    restApiKey: DEFAULT_REST_API_KEY,
    redirectUri: DEFAULT_REDIRECT_URI,
  });
  console.log(JSON.stringify({ runtime: globalThis.Bun ? 'bun' : 'deno', ...result }));
} finally {
  await server.close();
}
