/**
 * Asks Kakao's authorize endpoint about a request before a browser is sent there: Kakao shows
 * problems with the key, the redirect URI, the scope or the prompt as an error page carrying a KOE
 * code (it cannot redirect those back), which a browser would show and the terminal would never
 * learn of. A request Kakao accepts redirects to its login page (or, for an emulator with auto-login,
 * back to the redirect URI); nothing is followed, so no login happens.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 */

/** What the authorize endpoint made of the request. */
export type AuthorizeProbe =
  | { outcome: 'accepted'; status: number }
  | { outcome: 'refused'; status: number; koe: string }
  | { outcome: 'unreachable'; why: string };

/** How long the probe may take before it gives up (the login itself does not depend on it). */
export const PROBE_TIMEOUT_MS = 5000;
/** Enough of the page to find the code in; the rest is not read. */
const MAX_PAGE_BYTES = 256 * 1024;
const KOE = /\bKOE\d{3}\b/;

/**
 * Loads the authorize URL without following redirects.
 *
 * @example
 * ```ts
 * declare const url: URL;
 * declare const signal: AbortSignal;
 * const probe = await probeAuthorize(url.href, signal);
 * if (probe.outcome === 'refused') console.error(probe.koe);
 * ```
 */
export async function probeAuthorize(url: string, signal: AbortSignal): Promise<AuthorizeProbe> {
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.any([signal, AbortSignal.timeout(PROBE_TIMEOUT_MS)]),
    });
  } catch (err) {
    return { outcome: 'unreachable', why: (err as Error).message };
  }
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    return { outcome: 'accepted', status: res.status };
  }
  const koe = KOE.exec(await readStart(res))?.[0];
  return koe ? { outcome: 'refused', status: res.status, koe } : { outcome: 'accepted', status: res.status };
}

async function readStart(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < MAX_PAGE_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // A page cut short still tells what it said so far.
  } finally {
    await reader.cancel().catch(() => {});
  }
  return text;
}
