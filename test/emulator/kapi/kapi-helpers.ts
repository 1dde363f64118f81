/**
 * Helpers for kapi tests: tokens through the real kauth flow or straight from the model, kapi
 * calls with either credential, and lossless body parsing (ids above 2^53 become bigint).
 */
import { isSafeNumber, parse } from 'lossless-json';
import { expect } from 'vitest';
import {
  type App,
  DEFAULT_ADMIN_KEY,
  DEFAULT_APP,
  type EmulatorConfig,
  type EmulatorOptions,
} from '../../../src/emulator/index.js';
import { agreeScopes, ensureLink } from '../../../src/emulator/model/links.js';
import { issueTokenPair } from '../../../src/emulator/model/tokens.js';
import { autoCode, redeem, testEmulator } from '../helpers.js';

export type Emu = Awaited<ReturnType<typeof testEmulator>>;

/** The default app's first and second test users. */
export const MINJUN = '1376016924426111111';
export const SEOYEON = '1376016924426222222';
export const JIHO = '1376016924426333333';
export const HAEUN = '1376016924426444444';

/** An emulator signed in as `autoLogin` (default: the first user). */
export function kapiEmulator(options: EmulatorOptions = {}): Promise<Emu> {
  return testEmulator({ autoLogin: true, ...options });
}

/** Access + refresh token through autoLogin → /oauth/authorize → code → /oauth/token. */
export async function loginTokens(emulator: Emu, params: Record<string, string> = {}) {
  const response = await redeem(emulator, await autoCode(emulator, params));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { access_token: string; refresh_token: string };
  return { accessToken: body.access_token, refreshToken: body.refresh_token };
}

/** Links `userId` to the default app with exactly `scopes` agreed and issues a token pair. */
export function modelTokens(emulator: Emu, userId: string, scopes: string[], appIndex = 0) {
  const app = emulator.state.apps[appIndex]!;
  const link = ensureLink(emulator.state, app, userId);
  agreeScopes(link, scopes);
  const grant = {
    appId: app.id,
    clientId: app.restApiKey,
    platform: 'rest' as const,
    userId,
    scopes,
    withIdToken: false,
    authTime: emulator.state.clock.now(),
  };
  const { access, refresh } = issueTokenPair(emulator.state, grant);
  return { accessToken: access.token, refreshToken: refresh.token, link, app };
}

/** How a kapi call authenticates. */
export type Auth = { token: string } | { admin: string; target?: string } | { header: string } | undefined;

function authHeader(auth: Auth): Record<string, string> {
  if (!auth) return {};
  if ('token' in auth) return { authorization: `Bearer ${auth.token}` };
  if ('admin' in auth) return { authorization: `KakaoAK ${auth.admin}` };
  return { authorization: auth.header };
}

function targetParams(auth: Auth): Record<string, string> {
  if (auth && 'admin' in auth && auth.target) return { target_id_type: 'user_id', target_id: auth.target };
  return {};
}

/** Admin auth of the default app, optionally naming a target user. */
export function admin(target?: string): Auth {
  return { admin: DEFAULT_ADMIN_KEY, target };
}

/** Calls kapi: GET with a query string, POST with a form body. */
export function kapi(
  emulator: Emu,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  auth: Auth,
  params: Record<string, string> = {},
): Promise<Response> {
  const all = new URLSearchParams({ ...targetParams(auth), ...params });
  const url = new URL(`${emulator.apiUrl}${path}`);
  const headers: Record<string, string> = authHeader(auth);
  if (method === 'GET') {
    url.search = all.toString();
    return emulator.fetch(new Request(url, { headers }));
  }
  headers['content-type'] = 'application/x-www-form-urlencoded;charset=utf-8';
  return emulator.fetch(new Request(url, { method, headers, body: all }));
}

/** Parses a JSON body losslessly: unsafe integers become bigint, others number. */
export async function body(response: Response): Promise<unknown> {
  return parse(await response.text(), null, (text) => (isSafeNumber(text) ? Number(text) : BigInt(text)));
}

/** Asserts a kapi error: status, `{msg, code}` body, JSON content type, WWW-Authenticate on -401. */
export async function expectKapiError(
  response: Response,
  status: number,
  code: number,
  msg?: string | RegExp,
) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
  const json = (await body(response)) as { msg: string; code: number };
  expect(json.code).toBe(code);
  if (typeof msg === 'string') expect(json.msg).toBe(msg);
  else if (msg) expect(json.msg).toMatch(msg);
  if (code === -401) expect(response.headers.get('www-authenticate')).toMatch(/^Bearer .*invalid_token/);
  else expect(response.headers.get('www-authenticate')).toBeNull();
  return json;
}

/** A config with the default app changed by `patch` (other defaults kept). */
export function appConfig(patch: Partial<App>): EmulatorConfig {
  return { apps: [{ ...structuredClone(DEFAULT_APP), ...patch }] };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected field by field in tests
type Loose = any;

/** A JSON object body (parsed losslessly), its fields loosely typed for inspection. */
export async function objectBody(response: Response): Promise<Record<string, Loose>> {
  return (await body(response)) as Record<string, Loose>;
}
