// A tiny user agent for the OP's login redirects: follows redirects by hand with a cookie jar,
// until the OP sends the browser to the app's redirect URI.

/** Follows the authorize redirects and returns the callback URL (with `code` and `state`). */
export async function followToCallback(authorizeUrl: URL, redirectUri: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizeUrl.href;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader(jar) } });
    storeCookies(jar, response.headers.getSetCookie());
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location) throw new Error(`The OP answered ${response.status} without a redirect at ${url}`);
    url = new URL(location, url).href;
  }
  throw new Error('Too many redirects before the callback');
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

function storeCookies(jar: Map<string, string>, setCookies: string[]): void {
  for (const line of setCookies) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (value === '') jar.delete(name);
    else jar.set(name, value);
  }
}
