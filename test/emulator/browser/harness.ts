/**
 * Shared set-up for the real-browser tests: the emulator on a loopback port, a small loopback HTTP
 * server that plays the app's redirect URI (registered with the emulator through
 * `POST /__emulator/seed`), and helpers to build authorize URLs and redeem codes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_APP, type RunningEmulator, startEmulator } from '../../../src/emulator/index.js';
import { launchChromium } from '../../support/browser.js';
import { testKey } from '../helpers.js';

/** The app's callback: every request it received, as absolute URLs. */
export interface AppCallback {
  /** The redirect URI registered with the emulator. */
  redirectUri: string;
  /** The `/callback` requests the server received (favicon requests left out), in order. */
  received: URL[];
  close(): Promise<void>;
}

/** A loopback server answering `/callback` with a small page, recording what it received. */
export async function startAppCallback(): Promise<AppCallback> {
  const received: URL[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname === '/callback') received.push(url);
    response.writeHead(url.pathname === '/callback' ? 200 : 404, {
      'content-type': 'text/html;charset=utf-8',
    });
    response.end('<!doctype html><html lang="en"><title>app callback</title><h1>app callback</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The emulator and the app's callback, the callback registered as a redirect URI of the default app. */
export interface BrowserFixture {
  kakao: RunningEmulator;
  app: AppCallback;
  close(): Promise<void>;
}

async function control(kakao: RunningEmulator, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${kakao.authUrl}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`/__emulator/${path} failed: ${response.status} ${await response.text()}`);
}

/** Registers the app's callback as a redirect URI of the default app (`POST /__emulator/seed`). */
function registerCallback(kakao: RunningEmulator, redirectUri: string): Promise<void> {
  const redirectUris = [...DEFAULT_APP.redirectUris, redirectUri];
  return control(kakao, 'seed', { apps: [{ ...DEFAULT_APP, redirectUris }] });
}

/** Starts the emulator and the app callback, and registers the callback through the test controls. */
export async function startFixture(): Promise<BrowserFixture> {
  const kakao = await startEmulator({ signingKeys: [await testKey()] });
  const app = await startAppCallback();
  await registerCallback(kakao, app.redirectUri);
  return {
    kakao,
    app,
    close: async () => {
      await Promise.all([kakao.close(), app.close()]);
    },
  };
}

/** Forgets sessions, links and tokens (`POST /__emulator/reset`) and registers the callback again. */
export async function resetFixture(fixture: BrowserFixture): Promise<void> {
  await control(fixture.kakao, 'reset', {});
  await registerCallback(fixture.kakao, fixture.app.redirectUri);
  fixture.app.received.length = 0;
}

/** The `/oauth/authorize` URL of the default app, redirecting to the app's callback. */
export function authorizeUrl(fixture: BrowserFixture, params: Record<string, string> = {}): string {
  const url = new URL(`${fixture.kakao.authUrl}/oauth/authorize`);
  const all = {
    client_id: DEFAULT_APP.restApiKey,
    redirect_uri: fixture.app.redirectUri,
    response_type: 'code',
    ...params,
  };
  for (const [name, value] of Object.entries(all)) url.searchParams.set(name, value);
  return url.href;
}

/** Redeems a code at `/oauth/token` with a plain fetch; returns Kakao's JSON. */
export async function redeemCode(fixture: BrowserFixture, code: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${fixture.kakao.authUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: DEFAULT_APP.restApiKey,
      redirect_uri: fixture.app.redirectUri,
      code,
    }),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status !== 200)
    throw new Error(`token endpoint answered ${response.status}: ${body.error_code}`);
  return body;
}

/** The callback's query parameters, once the browser has arrived there. */
export function callbackParams(pageUrl: string, fixture: BrowserFixture): URLSearchParams {
  const url = new URL(pageUrl);
  if (`${url.origin}${url.pathname}` !== fixture.app.redirectUri) {
    throw new Error(`expected the browser at the app's callback, it is at ${url.origin}${url.pathname}`);
  }
  return url.searchParams;
}

/** What {@link usePageFixture} keeps: set by its hooks, read by the tests. */
export interface PageFixture {
  fixture: BrowserFixture;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * Registers the hooks of a browser test file: one emulator fixture and one Chromium per file; for
 * each test a reset fixture and a fresh context and page (5 s default timeout).
 */
export function usePageFixture(): PageFixture {
  const t = {} as PageFixture;
  beforeAll(async () => {
    [t.fixture, t.browser] = await Promise.all([startFixture(), launchChromium()]);
  });
  beforeEach(async () => {
    await resetFixture(t.fixture);
    t.context = await t.browser.newContext();
    t.context.setDefaultTimeout(5_000);
    t.page = await t.context.newPage();
  });
  afterEach(async () => {
    await t.context?.close();
  });
  afterAll(async () => {
    await t.browser?.close();
    await t.fixture?.close();
  });
  return t;
}
