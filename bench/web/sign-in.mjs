// One full sign-in per contender, as a browser does it with cookies: login redirect → the
// emulator's authorize (auto-login: 302 with a code) → the app's callback → session cookie → an
// authenticated request. Each function throws unless the last step shows the signed-in user.
//
// The driver is the load generator, and it shares the machine's cores with the servers it
// measures, so it is kept light: undici.request over keep-alive connections (about a third of
// `fetch`'s CPU per sign-in in our runs), every answer read to its end for every contender.
import { Agent } from 'undici';

const agent = new Agent({ connections: 16, pipelining: 1 });

/** GET or POST `url`; the status, the headers and the body read to its end as text. */
async function send(url, { method = 'GET', headers = {}, body } = {}) {
  const response = await agent.request({
    origin: new URL(url).origin,
    path: pathOf(url),
    method,
    headers,
    body,
  });
  return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
}

function pathOf(url) {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return slash === -1 ? '/' : url.slice(slash);
}

/** A tiny cookie jar: `name=value` pairs from Set-Cookie, deleted on Max-Age=0. */
function jar() {
  const cookies = new Map();
  return {
    take(response) {
      const raw = response.headers['set-cookie'];
      for (const line of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) {
        const pair = line.slice(0, line.indexOf(';'));
        const name = pair.slice(0, pair.indexOf('='));
        if (/max-age=0/i.test(line)) cookies.delete(name);
        else cookies.set(name, pair.slice(name.length + 1));
      }
    },
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
  };
}

async function followAuthorize(location, emulatorUrl) {
  const routed = location.replace(/^https:\/\/kauth\.kakao\.com/, emulatorUrl);
  const authorize = await send(routed);
  if (authorize.status !== 302) throw new Error(`authorize answered ${authorize.status}`);
  return authorize.headers.location;
}

/** Our Hono adapter: GET /auth/kakao/login … GET /me. */
export function signInOurs(appUrl, emulatorUrl) {
  return signInByRedirects('ours', `${appUrl}/auth/kakao/login`, `${appUrl}/me`, emulatorUrl);
}

/** The bare sign-in (bench/web/bare-server.mjs): GET /login … GET /me. */
export function signInBare(appUrl, emulatorUrl) {
  return signInByRedirects('bare', `${appUrl}/login`, `${appUrl}/me`, emulatorUrl);
}

/** GET login → authorize → GET callback (303 with the session cookie) → GET me. */
async function signInByRedirects(label, loginUrl, meUrl, emulatorUrl) {
  const cookies = jar();
  const login = await send(loginUrl);
  cookies.take(login);
  const callbackUrl = await followAuthorize(login.headers.location, emulatorUrl);
  const callback = await send(callbackUrl, { headers: { cookie: cookies.header() } });
  cookies.take(callback);
  if (callback.status !== 303) throw new Error(`${label}: callback answered ${callback.status}`);
  const me = await send(meUrl, { headers: { cookie: cookies.header() } });
  const body = JSON.parse(me.text);
  if (body?.id !== '1376016924426111111') throw new Error(`${label}: /me answered ${me.text}`);
}

/** Better Auth: POST /api/auth/sign-in/social … GET /api/auth/get-session. */
export async function signInBetterAuth(appUrl, emulatorUrl) {
  const cookies = jar();
  const start = await send(`${appUrl}/api/auth/sign-in/social`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: appUrl },
    body: JSON.stringify({ provider: 'kakao', callbackURL: '/me' }),
  });
  cookies.take(start);
  const { url } = JSON.parse(start.text);
  const callbackUrl = await followAuthorize(url, emulatorUrl);
  const callback = await send(callbackUrl, { headers: { cookie: cookies.header() } });
  cookies.take(callback);
  if (callback.status !== 302) throw new Error(`better-auth: callback answered ${callback.status}`);
  const me = await send(`${appUrl}/api/auth/get-session`, { headers: { cookie: cookies.header() } });
  const body = JSON.parse(me.text);
  if (!body?.user?.id) throw new Error(`better-auth: get-session answered ${me.text}`);
  return body;
}

/** Closes the driver's connections. */
export function closeDriver() {
  return agent.close();
}
