/**
 * Shared helpers for emulator tests: one signing key for all emulators (RSA generation is slow),
 * form posts, authorize URLs.
 */
import {
  createEmulator,
  DEFAULT_REDIRECT_URI,
  DEFAULT_REST_API_KEY,
  type EmulatorOptions,
  type SigningKey,
} from '../../src/emulator/index.js';
import { generateSigningKey } from '../../src/emulator/model/keys.js';

let sharedKey: Promise<SigningKey> | undefined;

/** A signing key generated once per test file. */
export function testKey(): Promise<SigningKey> {
  sharedKey ??= generateSigningKey();
  return sharedKey;
}

/** An emulator with a fixed clock start and the shared key. */
export async function testEmulator(options: EmulatorOptions = {}) {
  return createEmulator({
    clock: () => Date.UTC(2026, 0, 15, 3, 0, 0),
    signingKeys: [await testKey()],
    ...options,
  });
}

type Emu = Awaited<ReturnType<typeof testEmulator>>;

/** The authorize URL of the default app with extra parameters. */
export function authorizeUrl(emulator: Emu, params: Record<string, string> = {}): string {
  const url = new URL(`${emulator.authUrl}/oauth/authorize`);
  const all = {
    client_id: DEFAULT_REST_API_KEY,
    redirect_uri: DEFAULT_REDIRECT_URI,
    response_type: 'code',
    ...params,
  };
  for (const [k, v] of Object.entries(all)) url.searchParams.set(k, v);
  return url.href;
}

/** GET through the emulator. */
export function get(emulator: Emu, url: string, headers: Record<string, string> = {}): Promise<Response> {
  return emulator.fetch(new Request(url, { headers }));
}

/** POST a form through the emulator. */
export function postForm(
  emulator: Emu,
  url: string,
  form: Record<string, string | string[]>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const item of [v].flat()) body.append(k, item);
  return emulator.fetch(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', ...headers },
      body,
    }),
  );
}

/** The query parameters of a redirect's Location. */
export function redirectParams(response: Response): URLSearchParams {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect, got ${response.status}`);
  return new URL(location).searchParams;
}

/** Runs autoLogin authorize and returns the code. */
export async function autoCode(emulator: Emu, params: Record<string, string> = {}): Promise<string> {
  const response = await get(emulator, authorizeUrl(emulator, params));
  const code = redirectParams(response).get('code');
  if (!code) throw new Error(`no code in ${response.headers.get('location')}`);
  return code;
}

/** Redeems a code with the default app. */
export function redeem(emulator: Emu, code: string, extra: Record<string, string> = {}): Promise<Response> {
  return postForm(emulator, `${emulator.authUrl}/oauth/token`, {
    grant_type: 'authorization_code',
    client_id: DEFAULT_REST_API_KEY,
    redirect_uri: DEFAULT_REDIRECT_URI,
    code,
    ...extra,
  });
}

/** Refreshes with the default app. */
export function refresh(
  emulator: Emu,
  refreshToken: string,
  extra: Record<string, string> = {},
): Promise<Response> {
  return postForm(emulator, `${emulator.authUrl}/oauth/token`, {
    grant_type: 'refresh_token',
    client_id: DEFAULT_REST_API_KEY,
    refresh_token: refreshToken,
    ...extra,
  });
}

/** The `authorize_query` hidden field of a sign-in or consent page. */
export function hiddenQuery(html: string): string {
  const match = html.match(/name="authorize_query" value="([^"]*)"/);
  if (!match) throw new Error('no authorize_query field in the page');
  return match[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The `name=value` of the session cookie a response sets. */
export function cookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie()[0];
  if (!cookie) throw new Error('no Set-Cookie');
  return cookie.split(';')[0]!;
}

/** Signs in through the page; returns the response (consent page or redirect) and the cookie. */
export async function signIn(emulator: Emu, authorize: string, userId: string, keep = false) {
  const page = await get(emulator, authorize);
  const form = {
    authorize_query: hiddenQuery(await page.text()),
    user_id: userId,
    action: 'signin',
    ...(keep ? { keep_signed_in: 'true' } : {}),
  };
  const response = await postForm(emulator, `${emulator.authUrl}/oauth/authorize/signin`, form);
  return { response, cookie: cookieOf(response) };
}

/** Signs in and agrees to everything through the pages; returns the code and the session cookie. */
export async function interactiveCode(
  emulator: Emu,
  params: Record<string, string> = {},
  userId = '1376016924426111111',
) {
  const authorize = authorizeUrl(emulator, params);
  const { response, cookie } = await signIn(emulator, authorize, userId);
  const consent = await postForm(
    emulator,
    `${emulator.authUrl}/oauth/authorize/consent`,
    { authorize_query: hiddenQuery(await response.text()), action: 'agree_all' },
    { cookie },
  );
  const code = redirectParams(consent).get('code');
  if (!code) throw new Error(`no code: ${consent.headers.get('location')}`);
  return { code, cookie };
}
