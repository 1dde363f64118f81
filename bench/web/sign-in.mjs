// One full sign-in per contender, as a browser does it with cookies: login redirect → the
// emulator's authorize (auto-login: 302 with a code) → the app's callback → session cookie → an
// authenticated request. Each function throws unless the last step shows the signed-in user.

/** A tiny cookie jar: `name=value` pairs from Set-Cookie, deleted on Max-Age=0. */
function jar() {
  const cookies = new Map();
  return {
    take(response) {
      for (const line of response.headers.getSetCookie()) {
        const pair = line.slice(0, line.indexOf(';'));
        const name = pair.slice(0, pair.indexOf('='));
        if (/max-age=0/i.test(line)) cookies.delete(name);
        else cookies.set(name, pair.slice(name.length + 1));
      }
    },
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
  };
}

const manual = (cookie, extra = {}) => ({ redirect: 'manual', headers: { cookie, ...extra } });

async function followAuthorize(location, emulatorUrl) {
  const routed = location.replace(/^https:\/\/kauth\.kakao\.com/, emulatorUrl);
  const authorize = await fetch(routed, { redirect: 'manual' });
  await authorize.arrayBuffer();
  if (authorize.status !== 302) throw new Error(`authorize answered ${authorize.status}`);
  return authorize.headers.get('location');
}

/** Our Hono adapter: GET /auth/kakao/login … GET /me. */
export async function signInOurs(appUrl, emulatorUrl) {
  const cookies = jar();
  const login = await fetch(`${appUrl}/auth/kakao/login`, manual(''));
  cookies.take(login);
  await login.arrayBuffer(); // every answer read to its end, as on Better Auth's side
  const callbackUrl = await followAuthorize(login.headers.get('location'), emulatorUrl);
  const callback = await fetch(callbackUrl, manual(cookies.header()));
  cookies.take(callback);
  await callback.arrayBuffer();
  if (callback.status !== 303) throw new Error(`ours: callback answered ${callback.status}`);
  const me = await fetch(`${appUrl}/me`, manual(cookies.header()));
  const body = await me.json();
  if (body?.id !== '1376016924426111111') throw new Error(`ours: /me answered ${JSON.stringify(body)}`);
}

/** Better Auth: POST /api/auth/sign-in/social … GET /api/auth/get-session. */
export async function signInBetterAuth(appUrl, emulatorUrl) {
  const cookies = jar();
  const start = await fetch(`${appUrl}/api/auth/sign-in/social`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: appUrl },
    body: JSON.stringify({ provider: 'kakao', callbackURL: '/me' }),
  });
  cookies.take(start);
  const { url } = await start.json();
  const callbackUrl = await followAuthorize(url, emulatorUrl);
  const callback = await fetch(callbackUrl, manual(cookies.header()));
  cookies.take(callback);
  await callback.arrayBuffer();
  if (callback.status !== 302) throw new Error(`better-auth: callback answered ${callback.status}`);
  const me = await fetch(`${appUrl}/api/auth/get-session`, manual(cookies.header()));
  const body = await me.json();
  if (!body?.user?.id) throw new Error(`better-auth: get-session answered ${JSON.stringify(body)}`);
  return body;
}
