/**
 * `startEmulator`: the emulator on real loopback sockets.
 *
 * By default ONE listener (ephemeral port on 127.0.0.1) serves both hosts, and `authUrl` and
 * `apiUrl` are the same base URL: Kakao's kauth and kapi paths never collide, so a client that
 * changes only its two base URLs works. Pass `apiPort` for a second listener when a test must
 * prove that a client sends kapi calls to the API base and kauth calls to the auth base: the two
 * origins then differ and each serves only its own host's routes.
 *
 * @module
 */

import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type EmulatorOptions, setBaseUrls } from '../emulator.js';
import type { App, TestUser } from '../model/types.js';
import type { Emulator } from '../types.js';
import { nodeListener } from './binding.js';
import { nodeJwsSigner } from './signer.js';

/** Options of {@link startEmulator}. */
export interface StartEmulatorOptions extends EmulatorOptions {
  /** Port of the auth (and, by default, API) listener. Default 0 (ephemeral). */
  port?: number | undefined;
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  host?: string | undefined;
  /** Port of a separate API listener (0 = ephemeral). Default: none, the API shares the auth port. */
  apiPort?: number | undefined;
  /** Serve an existing emulator instead of creating one. */
  emulator?: Emulator | undefined;
  /** How long a slow client may hold a connection; see {@link ServerTimeouts}. */
  timeouts?: Partial<ServerTimeouts> | undefined;
}

/**
 * The listeners' limits on slow clients (Node's defaults — 60 s for headers, 300 s for a request —
 * let a few slow clients hold the emulator's sockets for minutes).
 */
export interface ServerTimeouts {
  /** Time to receive a request's headers. Default 10 000 ms. */
  headersMs: number;
  /** Time to receive a whole request, headers and body (not the answer). Default 30 000 ms. */
  requestMs: number;
  /** An idle keep-alive connection is closed after this. Default 5 000 ms. */
  keepAliveMs: number;
}

/** The default {@link ServerTimeouts}. */
export const DEFAULT_SERVER_TIMEOUTS: Readonly<ServerTimeouts> = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
};

function resolveTimeouts(given: Partial<ServerTimeouts> = {}): ServerTimeouts {
  const timeouts = { ...DEFAULT_SERVER_TIMEOUTS, ...given };
  for (const [name, value] of Object.entries(timeouts)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new TypeError(`startEmulator: timeouts.${name} must be a positive integer (milliseconds)`);
    }
  }
  if (timeouts.headersMs > timeouts.requestMs) {
    throw new TypeError('startEmulator: timeouts.headersMs must not exceed timeouts.requestMs');
  }
  return timeouts;
}

/** A listener with tight limits on slow clients, checked every second. */
function createListener(handler: RequestListener, timeouts: ServerTimeouts): Server {
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: 1_000,
    },
    handler,
  );
  server.keepAliveTimeout = timeouts.keepAliveMs;
  return server;
}

/** A listening emulator. */
export interface RunningEmulator {
  /** Base URL for `KAKAO_AUTH_URL`. */
  authUrl: string;
  /** Base URL for `KAKAO_API_URL`. */
  apiUrl: string;
  /** The first registered app (the default app unless a config replaced it). */
  app: App;
  /** The test users. */
  users: TestUser[];
  /** The core, for programmatic control (clock, faults, state). */
  emulator: Emulator;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { address, port: bound } = server.address() as AddressInfo;
      resolve(`http://${address.includes(':') ? `[${address}]` : address}:${bound}`);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts the emulator on loopback. id_tokens are signed with {@link nodeJwsSigner} unless
 * `options.signer` says otherwise.
 *
 * @example
 * ```ts
 * const kakao = await startEmulator({ autoLogin: true });
 * // KAKAO_AUTH_URL=kakao.authUrl, KAKAO_API_URL=kakao.apiUrl, KAKAO_REST_API_KEY=kakao.app.restApiKey
 * await kakao.close();
 * ```
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const timeouts = resolveTimeouts(options.timeouts);
  const emulator =
    options.emulator ?? createEmulator({ ...options, signer: options.signer ?? nodeJwsSigner });
  const host = options.host ?? '127.0.0.1';
  const authServer = createListener(
    nodeListener(emulator, () => emulator.authUrl),
    timeouts,
  );
  const authUrl = await listen(authServer, options.port ?? 0, host);
  const servers = [authServer];
  let apiUrl = authUrl;
  if (options.apiPort !== undefined) {
    const apiServer = createListener(
      nodeListener(emulator, () => emulator.apiUrl),
      timeouts,
    );
    servers.push(apiServer);
    apiUrl = await listen(apiServer, options.apiPort, host).catch(async (error) => {
      await closeServer(authServer);
      throw error;
    });
  }
  setBaseUrls(emulator, authUrl, apiUrl);
  const app = emulator.state.apps[0];
  if (!app) throw new TypeError('startEmulator: the config registers no app');
  return {
    authUrl,
    apiUrl,
    app,
    users: [...emulator.state.users.values()],
    emulator,
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}
