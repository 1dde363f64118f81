// Loopback servers that misbehave on purpose: silent, or sending a body one byte at a time.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running loopback server and how to stop it (drops every open connection). */
export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1 at an ephemeral port. */
export async function listen(handler: Parameters<typeof createServer>[1]): Promise<TestServer> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Never answers. */
export function silentServer(): Promise<TestServer> {
  return listen(() => undefined);
}

/**
 * Answers 200 JSON headers at once, then the body one byte every `everyMs`, for at most `maxMs`
 * (bounded, so a client that never gives up still lets the test end).
 */
export function tricklingServer(everyMs = 100, maxMs = 20_000): Promise<TestServer> {
  return listen((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
    const body = `{"access_token":"${'a'.repeat(10_000)}"}`;
    let sent = 0;
    const started = Date.now();
    const timer = setInterval(() => {
      if (response.destroyed || sent >= body.length || Date.now() - started > maxMs) {
        clearInterval(timer);
        response.end();
        return;
      }
      response.write(body[sent++] ?? '');
    }, everyMs);
    response.on('close', () => clearInterval(timer));
  });
}
