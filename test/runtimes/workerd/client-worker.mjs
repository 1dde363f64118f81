// A Cloudflare Worker that runs our client's sign-in (test/runtimes/sign-in.mjs) against the
// emulator the request names (`?base=&key=&redirect=`). workerd lets this Worker's fetch reach
// 127.0.0.0/8 only (its globalOutbound network in the config).
import { signIn } from '../sign-in.mjs';

export default {
  async fetch(request) {
    const query = new URL(request.url).searchParams;
    const base = query.get('base') ?? '';
    try {
      const result = await signIn({
        authUrl: base,
        apiUrl: base,
        restApiKey: query.get('key') ?? '',
        redirectUri: query.get('redirect') ?? '',
      });
      return Response.json(result);
    } catch (error) {
      return Response.json({ error: String(error?.stack ?? error) }, { status: 500 });
    }
  },
};
