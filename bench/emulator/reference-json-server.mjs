// Reference: a bare node:http server that answers fixed JSON (a /v2/user/me-sized body). Its
// throughput is the ceiling of any JSON API on this machine.
import { createServer } from 'node:http';

// The id is spliced in as text: it exceeds 2^53, like Kakao's real ids. The benchmark passes the
// emulator's own /v2/user/me body as argv[2], so both answer the same bytes.
const body =
  process.argv[2] ??
  JSON.stringify({
    id: '@ID@',
    connected_at: '2024-05-29T08:00:00Z',
    kakao_account: {
      profile_nickname_needs_agreement: false,
      profile: { nickname: '길동', is_default_nickname: false },
      email_needs_agreement: false,
      is_email_valid: true,
      is_email_verified: true,
      email: 'gildong@example.com',
    },
  }).replace('"@ID@"', '1376016924426111111');

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store' });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`LISTENING http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
