// A loopback server that answers each route family with whatever the current scenario says:
// any status, content type and body, delivered whole, in pieces, cut short, trickling or never.
import type { ServerResponse } from 'node:http';
import { listen, type TestServer } from '../../support/hostile-server.js';

/** How the body reaches the client. */
export type Delivery = 'whole' | 'chunks' | 'cut' | 'trickle' | 'silent' | 'reset' | 'lying-length';

/** One answer of the hostile server. */
export interface Answer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: string;
  readonly delivery: Delivery;
  readonly retryAfter?: string | undefined;
}

/** Which answer each route family gets. */
export interface Scenario {
  /** `/oauth/token`, `/oauth/tokeninfo`. */
  readonly auth: Answer;
  /** `/.well-known/…` (JWKS, discovery). */
  readonly keys: Answer;
  /** kapi paths. */
  readonly api: Answer;
}

/** The hostile server; set `scenario` before each call. */
export interface HostileServer extends TestServer {
  scenario: Scenario | undefined;
}

const TRICKLE_MS = 40;

/** Starts the server. */
export async function startHostileServer(): Promise<HostileServer> {
  const state: { scenario: Scenario | undefined } = { scenario: undefined };
  const server = await listen((request, response) => {
    request.resume();
    const scenario = state.scenario;
    if (scenario === undefined) {
      response.destroy();
      return;
    }
    const path = request.url ?? '/';
    const answer = path.startsWith('/.well-known/')
      ? scenario.keys
      : path.startsWith('/oauth/')
        ? scenario.auth
        : scenario.api;
    respond(response, answer);
  });
  return {
    url: server.url,
    close: server.close,
    get scenario() {
      return state.scenario;
    },
    set scenario(value: Scenario | undefined) {
      state.scenario = value;
    },
  };
}

function respond(response: ServerResponse, answer: Answer): void {
  if (answer.delivery === 'silent') return;
  if (answer.delivery === 'reset') {
    response.socket?.destroy();
    return;
  }
  const bytes = Buffer.from(answer.body, 'utf8');
  const headers: Record<string, string | number> = {};
  if (answer.contentType !== undefined) headers['content-type'] = answer.contentType;
  if (answer.retryAfter !== undefined) headers['retry-after'] = answer.retryAfter;
  const lies = answer.delivery === 'lying-length' || answer.delivery === 'cut';
  if (lies) headers['content-length'] = bytes.length + 100;
  response.on('error', () => undefined);
  response.writeHead(answer.status, headers);
  if (answer.delivery === 'whole') response.end(bytes);
  else if (answer.delivery === 'lying-length') response.write(bytes, () => response.socket?.end());
  else if (answer.delivery === 'cut') {
    response.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    setTimeout(() => response.socket?.destroy(), 5);
  } else if (answer.delivery === 'trickle') pieces(response, bytes, 1, TRICKLE_MS);
  else pieces(response, bytes, 7, 1);
}

/** Writes `bytes` `size` at a time, `everyMs` apart, until done or the client goes away. */
function pieces(response: ServerResponse, bytes: Buffer, size: number, everyMs: number): void {
  let at = 0;
  const timer = setInterval(() => {
    if (response.destroyed || at >= bytes.length) {
      clearInterval(timer);
      response.end();
      return;
    }
    response.write(bytes.subarray(at, at + size));
    at += size;
  }, everyMs);
  response.on('close', () => clearInterval(timer));
}
