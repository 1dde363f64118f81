// Reference: a bare node:http server that signs exactly one RS256 JWT per request with jose and
// answers it as JSON. Its throughput is this machine's signing limit for a token endpoint.
import { createServer } from 'node:http';
import { generateKeyPair, SignJWT } from 'jose';

const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
let counter = 0;

const server = createServer((req, res) => {
  req.resume();
  req.on('end', async () => {
    const now = Math.floor(Date.now() / 1000);
    const idToken = await new SignJWT({ sub: String(++counter), nonce: 'n' })
      .setProtectedHeader({ alg: 'RS256', kid: 'reference', typ: 'JWT' })
      .setIssuer('http://127.0.0.1')
      .setAudience('reference')
      .setIssuedAt(now)
      .setExpirationTime(now + 21600)
      .sign(privateKey);
    res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
    res.end(JSON.stringify({ token_type: 'bearer', id_token: idToken }));
  });
});
server.listen(0, '127.0.0.1', () => console.log(`LISTENING http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
