/**
 * The demo's stand-in for a browser when it runs unattended: follow the emulator's redirect back
 * to the loopback listener, like a browser would.
 *
 * @module
 */

/**
 * Loads the authorize URL without following redirects, then loads the redirect target (the CLI's
 * own listener). Rejects when the emulator answers with a page instead of a redirect.
 *
 * @example
 * ```ts
 * declare const authorizeUrl: string;
 * await playBrowser(authorizeUrl);
 * ```
 */
export async function playBrowser(url: string, signal?: AbortSignal): Promise<void> {
  const res = await fetch(url, { redirect: 'manual', signal });
  const location = res.headers.get('location');
  await res.body?.cancel();
  if (res.status < 300 || res.status > 399 || !location) {
    throw new Error(
      `The emulator answered the authorize request with HTTP ${res.status} instead of a redirect back (is auto-login on?).`,
    );
  }
  const back = await fetch(new URL(location, url), { signal });
  await back.body?.cancel();
}
