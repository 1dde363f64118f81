// Reference: a bare node:http server that answers fixed JSON (a /v2/user/me-sized body). Its
// throughput is the ceiling of any JSON API on this machine.
import { createServer } from 'node:http';
import { USER_BODY } from '../lib/user-body.mjs';

// The id is spliced in as text: it exceeds 2^53, like Kakao's real ids. The benchmark passes the
// emulator's own /v2/user/me body as argv[2], so both answer the same bytes.
const body = process.argv[2] ?? USER_BODY;

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store' });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`LISTENING http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
