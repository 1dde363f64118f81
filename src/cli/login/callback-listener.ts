/**
 * The one-shot loopback listener `login` waits on: it binds the host and port of the registered
 * redirect URI, serves exactly its path, takes the first callback that carries the expected `state`
 * (answering any other request without ending the wait), and answers the browser with a clear
 * success or failure page once the caller knows the outcome.
 *
 * @module
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallbackError, ConfigError, InterruptedError, LoginTimeoutError } from '../errors.js';
import { callbackPage } from './callback-page.js';
import { type LoopbackTarget, loopbackTarget } from './loopback.js';

/** Default time to wait for the browser: 5 minutes. */
export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;

/** How to listen. */
export interface CallbackListenerOptions {
  /** The registered redirect URI (loopback `http`, port 0 = any free port). */
  redirectUri: string;
  /** The `state` sent with the authorize request. */
  expectedState: string;
  /** Give up after this long. Default 5 minutes. */
  timeoutMs?: number | undefined;
  /** Stop waiting when aborted (Ctrl-C). */
  signal?: AbortSignal | undefined;
}

/** A successful callback. */
export interface CallbackResult {
  code: string;
  state: string;
}

/** A listener waiting for its one callback. */
export interface CallbackListener {
  /** The redirect URI it serves (with the real port when 0 was asked). */
  readonly redirectUri: string;
  /** Settles with the first callback: the code, or a CallbackError / LoginTimeoutError / InterruptedError. */
  readonly result: Promise<CallbackResult>;
  /** Answers the waiting browser with the success or failure page (no-op when none is waiting). */
  finish(ok: boolean, message: string): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/**
 * Starts the listener.
 *
 * @throws ConfigError when the redirect URI is not loopback, or its port is taken or not allowed.
 * @example
 * ```ts
 * declare const expectedState: string;
 * const listener = await startCallbackListener({ redirectUri: 'http://127.0.0.1:8719/callback', expectedState });
 * const { code } = await listener.result;
 * ```
 */
export async function startCallbackListener(options: CallbackListenerOptions): Promise<CallbackListener> {
  const target = loopbackTarget(options.redirectUri);
  const waiter = new CallbackWaiter(target, options.expectedState);
  const servers = await listenAll(target, (req, res) => waiter.handle(req, res));
  const stopTimer = waiter.arm(options.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS, options.signal);
  return {
    redirectUri: servedRedirectUri(options.redirectUri, target, servers[0]!),
    result: waiter.result,
    finish: (ok, message) => waiter.finish(ok, message),
    async close() {
      stopTimer();
      waiter.finish(false, 'The login was stopped before it finished. Return to the terminal.');
      await Promise.all(servers.map(closeServer));
    },
  };
}

/**
 * The redirect URI exactly as the user gave it: Kakao compares redirect URIs as strings, so even a
 * normalisation (`/` added, host lower-cased, `:80` dropped) would be refused as unregistered (KOE006).
 * Only port 0 ("any free port", never registered as such) is replaced by the real port.
 */
function servedRedirectUri(given: string, target: LoopbackTarget, server: Server): string {
  if (target.port !== 0) return given;
  const url = new URL(target.url.href);
  url.port = String((server.address() as AddressInfo).port);
  return url.href;
}

class CallbackWaiter {
  readonly result: Promise<CallbackResult>;
  #resolve!: (value: CallbackResult) => void;
  #reject!: (err: Error) => void;
  #pending: ServerResponse | undefined;
  #done = false;

  constructor(
    readonly target: LoopbackTarget,
    readonly expectedState: string,
  ) {
    this.result = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.result.catch(() => {}); // observed by the caller later
  }

  arm(timeoutMs: number, signal: AbortSignal | undefined): () => void {
    const timer = setTimeout(() => this.#fail(timeoutError(this.target, timeoutMs)), timeoutMs);
    const onAbort = () => this.#fail(new InterruptedError('Login cancelled.'));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    return () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.target.url.origin);
    if (url.pathname !== this.target.path) plain(res, 404, 'Not found.');
    else if (req.method !== 'GET') plain(res, 405, 'Only GET is served here.');
    else if (this.#done)
      page(res, 410, false, 'This login has already finished. Start a new one from the terminal.');
    else if (!sameText(url.searchParams.get('state') ?? '', this.expectedState))
      // Checked before anything else, an error callback included: a stale tab or another local
      // page or process gets its answer, and the running login keeps waiting for its own callback.
      page(res, 400, false, STRANGER);
    else this.#take(url.searchParams, res);
  }

  finish(ok: boolean, message: string): void {
    const res = this.#pending;
    this.#pending = undefined;
    if (res && !res.headersSent) page(res, ok ? 200 : 400, ok, message);
  }

  #take(params: URLSearchParams, res: ServerResponse): void {
    this.#done = true;
    this.#pending = res;
    const outcome = checkCallback(params);
    if (outcome instanceof Error) this.#reject(outcome);
    else this.#resolve(outcome);
  }

  #fail(err: Error): void {
    if (this.#done) return;
    this.#done = true;
    this.#reject(err);
  }
}

const STRANGER =
  'This request does not carry the state of the login running in the terminal (an old tab, or a request from elsewhere), so it was ignored. Finish the login in the tab the terminal opened, or start a new one.';

/** A callback whose state already matched: the code, or the error Kakao redirected with. */
function checkCallback(params: URLSearchParams): CallbackResult | Error {
  const error = params.get('error');
  if (error) return new CallbackError(error, params.get('error_description') ?? undefined);
  const code = params.get('code');
  if (!code) return new CallbackError('missing_code');
  return { code, state: params.get('state')! };
}

function timeoutError(target: LoopbackTarget, timeoutMs: number): LoginTimeoutError {
  const span =
    timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} min` : `${Math.round(timeoutMs / 1000)} s`;
  return new LoginTimeoutError(
    `Timed out: no login came back to ${target.url.href} within ${span}. If Kakao showed an error page instead (KOE006 means this redirect URI is not registered: register exactly ${target.url.href} in Kakao Developers → Kakao Login → Redirect URI), fix that first; otherwise run the command again and finish the login in the browser, or allow more time with --timeout SECONDS.`,
  );
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  connection: 'close',
};

function page(res: ServerResponse, status: number, ok: boolean, message: string): void {
  res.writeHead(status, PAGE_HEADERS).end(callbackPage(ok, message));
}

function plain(res: ServerResponse, status: number, text: string): void {
  res
    .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
    .end(`${text}\n`);
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function listenAll(target: LoopbackTarget, handler: Handler): Promise<Server[]> {
  const servers: Server[] = [];
  let port = target.port;
  for (const [i, host] of target.bindHosts.entries()) {
    try {
      const server = await listen(createServer(handler), host, port);
      port = (server.address() as AddressInfo).port;
      servers.push(server);
    } catch (err) {
      // For localhost one of the two address families may be missing; the first one must work.
      if (i > 0) continue;
      throw listenError(err as NodeJS.ErrnoException, target);
    }
  }
  return servers;
}

function listen(server: Server, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function listenError(err: NodeJS.ErrnoException, target: LoopbackTarget): ConfigError {
  const where = `${target.bindHosts[0]}:${target.port}`;
  if (err.code === 'EADDRINUSE') {
    return new ConfigError(
      `Cannot listen on ${where} for the login callback: the port is already in use (another login still running?). Stop that program, or register another loopback redirect URI and pass it with --redirect-uri.`,
    );
  }
  if (err.code === 'EACCES') {
    return new ConfigError(
      `Cannot listen on ${where}: ports below 1024 need privileges. Register a redirect URI with a higher port, e.g. http://127.0.0.1:8719/callback.`,
    );
  }
  return new ConfigError(`Cannot listen on ${where} for the login callback: ${err.message}`);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    // Let the last page flush (it is sent with `Connection: close`), then drop anything left.
    setTimeout(() => server.closeAllConnections(), 500).unref();
  });
}
