// Serves an example app on loopback: picks the port (PORT, default 3000; 0 = any free port), sets
// up Kakao for that URL (emulator or real, see kakao-env.mjs), prints where things are, and stops
// cleanly on Ctrl-C.
import { createServer } from 'node:http';
import { kakaoAuthFromEnv } from './kakao-env.mjs';

/** `listenerFor(auth)` returns the Node request listener of the app. */
export async function serveExample(listenerFor) {
  const server = createServer();
  await new Promise((resolve) => server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', resolve));
  const appUrl = `http://127.0.0.1:${server.address().port}`;
  const { auth, emulator, close } = await kakaoAuthFromEnv(appUrl);
  server.on('request', listenerFor(auth));
  console.log(`app: ${appUrl}${emulator ? `\nemulator: ${emulator.authUrl}` : ''}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      server.closeAllConnections();
      server.close();
      await close();
    });
  }
}
