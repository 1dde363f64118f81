// The emulator both contenders sign in against: our built startEmulator in unattended mode (the
// first test user is signed in and agrees to everything), in its own process.
//
//   node bench/web/emulator-server.mjs   (needs `npm run build`)
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { startEmulator } = await import(pathToFileURL(join(root, 'dist', 'emulator', 'index.js')).href);
const running = await startEmulator({ autoLogin: true });
console.log(`LISTENING ${running.authUrl}`);
