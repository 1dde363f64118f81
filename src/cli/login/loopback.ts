/**
 * Which redirect URIs the CLI can serve itself: plain `http` on a loopback host.
 *
 * @module
 */
import { ConfigError } from '../errors.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** The addresses to listen on for a redirect URI, and its port and path. */
export interface LoopbackTarget {
  url: URL;
  /** `127.0.0.1`, `::1`, or both for `localhost` (browsers may try either). */
  bindHosts: string[];
  /** 0 means "any free port" (the demo uses it). */
  port: number;
  path: string;
}

/**
 * Checks that a redirect URI can be served by the CLI's one-shot listener.
 *
 * @throws ConfigError when it is not absolute, not `http:`, not loopback, or has a fragment.
 * @example
 * ```ts
 * loopbackTarget('http://127.0.0.1:8719/callback').port; // 8719
 * ```
 */
export function loopbackTarget(redirectUri: string): LoopbackTarget {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    throw new ConfigError(
      `The redirect URI ${JSON.stringify(redirectUri)} is not an absolute URL. Use e.g. http://127.0.0.1:8719/callback and register exactly that URI for your app.`,
    );
  }
  const fix =
    'For `login` use a loopback URI such as http://127.0.0.1:8719/callback, registered for your app in Kakao Developers → Kakao Login → Redirect URI.';
  if (url.protocol !== 'http:') {
    throw new ConfigError(
      `The redirect URI ${url.href} must use http:// for the CLI to receive the callback on this machine. ${fix}`,
    );
  }
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    throw new ConfigError(
      `The redirect URI ${url.href} is not on a loopback host (127.0.0.1, [::1] or localhost), so the CLI cannot receive the callback. ${fix}`,
    );
  }
  if (url.hash) throw new ConfigError(`The redirect URI ${url.href} must not have a #fragment. ${fix}`);
  return {
    url,
    bindHosts: url.hostname === 'localhost' ? ['127.0.0.1', '::1'] : [url.hostname.replace(/^\[|\]$/g, '')],
    port: url.port === '' ? 80 : Number(url.port),
    path: url.pathname,
  };
}
