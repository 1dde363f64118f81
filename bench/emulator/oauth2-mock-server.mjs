// Peer: oauth2-mock-server 8.x (the generic mock most teams use), serving its own token endpoint.
import { OAuth2Server } from 'oauth2-mock-server';

const server = new OAuth2Server();
await server.issuer.keys.generate('RS256');
await server.start(0, '127.0.0.1');
console.log(`LISTENING ${server.issuer.url}`);
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
