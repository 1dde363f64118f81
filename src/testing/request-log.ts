/**
 * Assertions over the emulator's request log (`GET /__emulator/log`, secrets already redacted):
 * how many requests matched, that none carried a secret in its URL. A failure throws
 * {@link KakaoLogAssertionError} listing the requests that were seen.
 *
 * @module
 */

import { SECRET_PARAMS } from '../emulator/model/log.js';
import type { RequestLogEntry } from '../emulator/model/types.js';
import { emulatorAuthUrl } from './environment.js';

/** Which log entries to count. Every given field must match. */
export interface LogQuery {
  /** `auth` (kauth) or `api` (kapi). */
  host?: 'auth' | 'api' | undefined;
  method?: string | undefined;
  /** Exact path, or a pattern. */
  path?: string | RegExp | undefined;
  /** Parameters (query or form) that must have these values. */
  params?: Readonly<Record<string, string>> | undefined;
  status?: number | undefined;
  /** KOE code or kapi code of an error answer, e.g. `KOE320`, `-401`. */
  errorCode?: string | undefined;
}

/** A failed request-log assertion; the message lists what the log holds. */
export class KakaoLogAssertionError extends Error {
  override name = 'KakaoLogAssertionError';
}

/** What a refresh looks like in the log. */
export const REFRESH_REQUEST: LogQuery = { path: '/oauth/token', params: { grant_type: 'refresh_token' } };
/** What a code redemption looks like in the log. */
export const CODE_REDEMPTION: LogQuery = {
  path: '/oauth/token',
  params: { grant_type: 'authorization_code' },
};

function matches(entry: RequestLogEntry, query: LogQuery): boolean {
  const { host, method, path, params, status, errorCode } = query;
  if (host !== undefined && entry.host !== host) return false;
  if (method !== undefined && entry.method !== method.toUpperCase()) return false;
  if (typeof path === 'string' && entry.path !== path) return false;
  if (path instanceof RegExp && !path.test(entry.path)) return false;
  if (status !== undefined && entry.status !== status) return false;
  if (errorCode !== undefined && entry.errorCode !== errorCode) return false;
  for (const [name, value] of Object.entries(params ?? {})) {
    if (!Object.hasOwn(entry.params, name) || entry.params[name] !== value) return false;
  }
  return true;
}

function describeQuery(query: LogQuery): string {
  const parts = [query.method ?? '', query.host ? `${query.host}` : '', String(query.path ?? '*')];
  const params = Object.entries(query.params ?? {}).map(([k, v]) => `${k}=${v}`);
  if (params.length) parts.push(`with ${params.join('&')}`);
  if (query.status !== undefined) parts.push(`→ ${query.status}`);
  if (query.errorCode !== undefined) parts.push(query.errorCode);
  return parts.filter(Boolean).join(' ');
}

function line(entry: RequestLogEntry): string {
  const time = new Date(entry.at).toISOString().slice(11, 23);
  const grant = Object.hasOwn(entry.params, 'grant_type') ? ` grant_type=${entry.params.grant_type}` : '';
  return `  ${time} ${entry.method} ${entry.host} ${entry.path}${grant} → ${entry.status}${entry.errorCode ? ` ${entry.errorCode}` : ''}`;
}

function listing(entries: readonly RequestLogEntry[]): string {
  if (entries.length === 0) return '  (the log is empty)';
  const shown = entries.slice(-30).map(line);
  return (entries.length > 30 ? [`  … ${entries.length - 30} earlier`, ...shown] : shown).join('\n');
}

/** A snapshot of the request log with assertions over it. */
export class KakaoRequestLog {
  /** The entries, oldest first. */
  readonly entries: readonly RequestLogEntry[];

  constructor(entries: readonly RequestLogEntry[]) {
    this.entries = entries;
  }

  /** The entries that match. */
  filter(query: LogQuery): RequestLogEntry[] {
    return this.entries.filter((entry) => matches(entry, query));
  }

  /** Asserts that exactly `count` entries match; returns them. */
  expectCount(query: LogQuery, count: number, what = describeQuery(query)): RequestLogEntry[] {
    const found = this.filter(query);
    if (found.length !== count) {
      throw new KakaoLogAssertionError(
        `expected exactly ${count} × ${what}, the emulator saw ${found.length}.\nRequests it saw:\n${listing(this.entries)}`,
      );
    }
    return found;
  }

  /** Asserts that exactly one refresh (`grant_type=refresh_token`) happened. */
  expectExactlyOneRefresh(): RequestLogEntry {
    return this.expectCount(REFRESH_REQUEST, 1, 'refresh (POST /oauth/token, grant_type=refresh_token)')[0]!;
  }

  /** Asserts that no request matches. */
  expectNone(query: LogQuery, what = describeQuery(query)): void {
    this.expectCount(query, 0, what);
  }

  /**
   * Asserts that no request carried a secret (client secret, code, token, PKCE verifier, …) in
   * its URL's query string, where proxies and server logs keep it.
   */
  expectNoSecretsInQuery(): void {
    const leaks = this.entries.flatMap((entry) =>
      (entry.query ?? []).filter((name) => SECRET_PARAMS.has(name)).map((name) => ({ entry, name })),
    );
    if (leaks.length === 0) return;
    const found = leaks.map(({ entry, name }) => `${name} in the query of ${entry.method} ${entry.path}`);
    throw new KakaoLogAssertionError(
      `expected no secret in any URL, found ${found.join('; ')}. Send it in the form body (or the Authorization header) instead.\nRequests it saw:\n${listing(this.entries)}`,
    );
  }
}

/**
 * Reads the emulator's request log.
 *
 * @example
 * ```ts
 * const log = await readKakaoRequestLog();
 * log.expectExactlyOneRefresh();
 * log.expectNoSecretsInQuery();
 * ```
 */
export async function readKakaoRequestLog(
  options: { authUrl?: string | undefined } = {},
): Promise<KakaoRequestLog> {
  const base = emulatorAuthUrl(options.authUrl, 'readKakaoRequestLog');
  const response = await fetch(`${base}/__emulator/log`, { headers: { accept: 'application/json' } });
  if (!response.ok)
    throw new Error(`readKakaoRequestLog: the emulator at ${base} answered ${response.status}`);
  const body = (await response.json()) as { entries: RequestLogEntry[] };
  return new KakaoRequestLog(body.entries);
}
