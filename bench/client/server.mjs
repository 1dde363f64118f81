// A bare loopback server answering fixed Kakao JSON: POST /oauth/token (a token response) and
// anything else (a /v2/user/me body). It is the same for every contender, so the differences
// measured are the clients'.
import { createServer } from 'node:http';
import { USER_BODY } from '../lib/user-body.mjs';

export const TOKEN_BODY = JSON.stringify({
  access_token: 'bench-access-token-0123456789abcdefghijklmnopqrstuvwxyz',
  token_type: 'bearer',
  refresh_token: 'bench-refresh-token-0123456789abcdefghijklmnopqrstuvwxyz',
  expires_in: 21599,
  refresh_token_expires_in: 5183999,
  scope: 'profile_nickname account_email',
});

const token = Buffer.from(TOKEN_BODY);
const user = Buffer.from(USER_BODY);

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const body = req.method === 'POST' ? token : user;
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'content-length': body.length });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => console.log(`LISTENING http://127.0.0.1:${server.address().port}`));
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
