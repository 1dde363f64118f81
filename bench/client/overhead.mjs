// The client's own CPU per call, above the transport: exchangeCode and getUser through a transport
// that answers at once with the bare server's JSON (no socket), against a bare JSON.parse of the
// profile body for scale. Run after `npm run build`:
//
//   node bench/client/overhead.mjs
import { USER_BODY } from '../lib/user-body.mjs';
import { TOKEN_BODY } from './server.mjs';

const core = await import('../../dist/index.js');
/** @type {import('../../dist/index.js').KakaoTransport} */
const answering = {
  send: async (request) => ({
    status: 200,
    contentType: 'application/json;charset=UTF-8',
    retryAfter: undefined,
    text: request.method === 'POST' ? TOKEN_BODY : USER_BODY,
  }),
  close: async () => undefined,
};
const kakao = core.createKakaoClient({
  restApiKey: 'bench-client-id',
  redirectUri: 'http://127.0.0.1:8719/callback',
  authUrl: 'http://127.0.0.1:1',
  apiUrl: 'http://127.0.0.1:1',
  retry: false,
  transport: answering,
});
const calls = {
  exchangeCode: () => core.exchangeCode(kakao, { code: 'bench-code' }),
  getUser: () => core.getUser(kakao, { accessToken: 'bench-access-token' }),
  'JSON.parse of the profile body (scale)': async () => JSON.parse(USER_BODY),
};
for (const [name, call] of Object.entries(calls)) {
  let perCall = 0;
  for (let round = 0; round < 3; round++) {
    const cpu = process.cpuUsage();
    const end = performance.now() + 500;
    let n = 0;
    while (performance.now() < end) {
      await call();
      n++;
    }
    const used = process.cpuUsage(cpu);
    perCall = (used.user + used.system) / n; // the last (warmest) round is kept
  }
  console.log(`${name.padEnd(42)} ${perCall.toFixed(1)} µs CPU per call`);
}
