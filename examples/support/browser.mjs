// Shared by the examples (not shown in the docs): plays a browser without one, so an example's
// documented part runs headless. It follows redirects by hand with a cookie jar per origin, sends
// requests for an in-process app to that app's `fetch`, and submits the emulator's sign-in and
// consent forms with fetch. In your own tests a real browser does this: Playwright with
// `signInWithKakao` from `kakao-oauth/testing`.

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_STEPS = 10;

/**
 * A browser-like client. `apps` maps an origin (`http://127.0.0.1:3000`) to the fetch function
 * that answers it in-process; any other origin is fetched over the network (loopback here).
 */
export function headlessBrowser(apps = {}) {
  const jars = new Map(); // origin → Map(cookie name → value)
  const send = async (url, init = {}) => {
    const { origin } = new URL(url);
    const jar = jars.get(origin) ?? new Map();
    jars.set(origin, jar);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const request = new Request(url, { ...init, headers, redirect: 'manual' });
    const res = await (Object.hasOwn(apps, origin) ? apps[origin](request) : fetch(request));
    for (const line of res.headers.getSetCookie()) keepCookie(jar, line);
    return res;
  };
  return {
    /** A request to `url` carrying the cookies this browser holds for its origin. */
    request(url) {
      const jar = jars.get(new URL(url).origin) ?? new Map();
      return new Request(url, { headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    },
    /** Loads `url` and follows redirects until a page answers or a redirect leaves for `stopAt`. */
    async go(url, init = {}, stopAt = undefined) {
      let res = await send(url, init);
      for (let step = 0; REDIRECTS.has(res.status) && step < MAX_STEPS; step++) {
        url = new URL(res.headers.get('location'), url).href;
        if (stopAt !== undefined && url.startsWith(stopAt)) return { url, res };
        res = await send(url);
      }
      return { url, res };
    },
    /** Submits the page's form with its hidden fields plus `fields`, then follows redirects. */
    async submit(page, fields, stopAt = undefined) {
      const html = await page.res.text();
      const form = /<form method="post" action="([^"]+)"/.exec(html);
      if (!form) throw new Error(`no form on ${page.url}: ${html.slice(0, 200)}`);
      const body = new URLSearchParams();
      for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
        body.set(m[1], unescapeHtml(m[2]));
      }
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      const action = new URL(unescapeHtml(form[1]), page.url).href;
      return this.go(action, { method: 'POST', body }, stopAt);
    },
  };
}

function keepCookie(jar, line) {
  const [pair, ...attributes] = line.split(';');
  const eq = pair.indexOf('=');
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
  if (expired || value === '') jar.delete(name);
  else jar.set(name, value);
}

function unescapeHtml(text) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name) => named[name]);
}
