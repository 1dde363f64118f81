// Plays the browser through an authorization server's redirects (keeping its cookies) until the
// redirect URI is reached; returns that callback URL.
export async function followToCallback(authorizeUrl, redirectUri) {
  const jar = new Map();
  let url = authorizeUrl.href;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: { cookie } });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location) throw new Error(`answered ${response.status} without a redirect at ${url}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects before the callback');
}
