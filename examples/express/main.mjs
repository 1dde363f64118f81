// One command: `npm run build && node examples/express/main.mjs`. Without Kakao settings it starts
// the emulator too; with KAKAO_REST_API_KEY (and the rest of PRODUCT.md §3) it talks to Kakao.
import { serveExample } from '../shared/serve.mjs';
import { createApp } from './app.mjs';

await serveExample((auth) => createApp(auth));
