// One app process of the load test: a token manager over the shared Redis, asking for the same
// key's access token with many concurrent callers whenever the parent starts a cycle. Loads the
// built package (dist/), as an app would. Marks, with synchronous appends that survive a SIGKILL,
// when Kakao answered a refresh and when the new set was stored: a kill between the two is the
// crash window the parent measures.
import { appendFileSync } from 'node:fs';
import { createClient } from 'redis';
import { createKakaoClient } from '../../../dist/index.js';
import { createTokenManager } from '../../../dist/tokens/index.js';
import { createRedisStore } from '../../../dist/tokens/redis/index.js';

const init = await new Promise((resolve) => process.once('message', resolve));
let offset = 0;
let cycle = 0;
let dieAfterAnswer = false;
const mark = (what) => appendFileSync(init.markFile, `${cycle} ${what}\n`);

const client = createClient({ socket: { path: init.socket } });
await client.connect();
const kakao = createKakaoClient({
  restApiKey: init.restApiKey,
  authUrl: init.authUrl,
  apiUrl: init.apiUrl,
  clock: () => Date.now() + offset,
  fetch: async (request) => {
    const isRefresh = new URL(request.url).pathname === '/oauth/token';
    const response = await fetch(request);
    if (isRefresh) mark(`answer ${response.status}`);
    // The crash window on purpose: Kakao has answered, the new set is not stored yet.
    if (isRefresh && response.ok && dieAfterAnswer) process.kill(process.pid, 'SIGKILL');
    return response;
  },
});
const tokens = createTokenManager({
  kakao,
  store: createRedisStore({ client, prefix: init.prefix }),
  lockTtlMs: init.lockTtlMs,
  onRefreshed: (event) => mark(event.rotated ? 'stored rotated' : 'stored'),
  onEnded: (event) => mark(`ended ${event.reason}`),
});

async function runCycle(message) {
  cycle = message.cycle;
  offset = message.offset;
  dieAfterAnswer = message.dieAfterAnswer === true;
  const results = await Promise.allSettled(
    Array.from({ length: init.callers }, () => tokens.getAccessToken(init.key)),
  );
  const answers = new Set();
  const errors = {};
  for (const result of results) {
    if (result.status === 'fulfilled') answers.add(result.value);
    else {
      const code = String(result.reason?.code ?? result.reason?.name ?? 'untyped');
      if (code !== 'sign_in_required' && !errors[code])
        console.error(`worker ${process.pid}: ${result.reason}`);
      errors[code] = (errors[code] ?? 0) + 1;
    }
  }
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  process.send({ type: 'done', cycle, ok, distinctTokens: answers.size, errors });
}

process.on('message', (message) => {
  if (message.type === 'cycle') void runCycle(message);
  if (message.type === 'calm') dieAfterAnswer = false;
  if (message.type === 'stop') void client.close().then(() => process.exit(0));
});
process.send({ type: 'ready' });
