/**
 * Set-up for the dashboard tests: the emulator on loopback (auto-login, so a sign-in is one
 * request) with the default app's unlink webhook pointed at a small receiver that records what it
 * gets, our client pointed at the emulator, and a Chromium page on the dashboard.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  DEFAULT_APP,
  DEFAULT_REDIRECT_URI,
  type RunningEmulator,
  startEmulator,
} from '../../../src/emulator/index.js';
import { createKakaoClient, exchangeCode, type KakaoClient, type KakaoTokenSet } from '../../../src/index.js';
import { launchChromium } from '../../support/browser.js';
import { testKey } from '../helpers.js';

/** One webhook call as the receiver saw it. */
export interface WebhookCall {
  authorization: string | undefined;
  form: URLSearchParams;
}

/** A loopback server standing in for the app's unlink webhook; answers 200 `ok-from-app`. */
export async function startWebhookReceiver() {
  const calls: WebhookCall[] = [];
  const read = async (request: IncomingMessage) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    return body;
  };
  const server = createServer(async (request, response) => {
    calls.push({
      authorization: request.headers.authorization,
      form: new URLSearchParams(await read(request)),
    });
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('ok-from-app');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/kakao/unlink`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What every dashboard test gets. */
export interface DashboardFixture {
  kakao: RunningEmulator;
  client: KakaoClient;
  webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Signs the first user in (auto-login) and redeems the code with our client. */
  login(): Promise<KakaoTokenSet>;
  /** Calls a control; throws on a non-2xx answer. */
  control(path: string, body?: unknown, method?: string): Promise<Record<string, unknown>>;
  /** Opens the dashboard and waits until its script runs. */
  open(): Promise<Page>;
}

async function login(kakao: RunningEmulator, client: KakaoClient): Promise<KakaoTokenSet> {
  const url = new URL(`${kakao.authUrl}/oauth/authorize`);
  url.search = new URLSearchParams({
    client_id: DEFAULT_APP.restApiKey,
    redirect_uri: DEFAULT_REDIRECT_URI,
    response_type: 'code',
  }).toString();
  const response = await fetch(url, { redirect: 'manual' });
  const code = new URL(response.headers.get('location') ?? '').searchParams.get('code');
  if (!code) throw new Error(`authorize answered ${response.status} without a code`);
  return exchangeCode(client, { code });
}

/** Registers the hooks: one emulator, receiver and Chromium per file; a reset and a fresh page per test. */
export function useDashboard(viewport = { width: 1280, height: 900 }): DashboardFixture {
  const t = {} as DashboardFixture;
  beforeAll(async () => {
    t.webhook = await startWebhookReceiver();
    const app = { ...DEFAULT_APP, unlinkCallbackUrl: t.webhook.url };
    [t.kakao, t.browser] = await Promise.all([
      startEmulator({ autoLogin: true, signingKeys: [await testKey()], config: { apps: [app] } }),
      launchChromium(),
    ]);
    t.client = createKakaoClient({
      restApiKey: DEFAULT_APP.restApiKey,
      redirectUri: DEFAULT_REDIRECT_URI,
      authUrl: t.kakao.authUrl,
      apiUrl: t.kakao.apiUrl,
      retry: false,
    });
    t.login = () => login(t.kakao, t.client);
    t.control = async (path, body, method = body === undefined ? 'GET' : 'POST') => {
      const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(`${t.kakao.authUrl}/__emulator${path}`, init);
      const json = (await response.json()) as Record<string, unknown>;
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    };
    t.open = async () => {
      await t.page.goto(`${t.kakao.authUrl}/__emulator/`);
      await t.page.locator('main[data-ready=true]').waitFor();
      return t.page;
    };
  });
  beforeEach(async () => {
    await t.control('/reset', {});
    t.webhook.calls.length = 0;
    t.context = await t.browser.newContext({ viewport });
    t.context.setDefaultTimeout(5_000);
    t.page = await t.context.newPage();
    t.page.on('pageerror', (error) => {
      throw error;
    });
  });
  afterEach(async () => {
    await t.context?.close();
  });
  afterAll(async () => {
    await t.browser?.close();
    await t.kakao?.close();
    await t.webhook?.close();
  });
  return t;
}
