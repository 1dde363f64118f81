/**
 * The checks `kakao-oauth doctor` runs. Each returns a status and one sentence; none prints a
 * secret (the key's shape is described, never the key).
 *
 * @module
 */
import { buildAuthorizationUrl, getDiscovery, type KakaoClient } from '../../index.js';
import { type ResolvedConfig, SETTINGS, type SettingName, type SettingSource } from '../config/settings.js';
import { probeAuthorize } from '../login/authorize-probe.js';
import { loopbackTarget } from '../login/loopback.js';
import { explainKoe } from '../output/kakao-hints.js';
import { KAKAO_KEY_SHAPE } from '../session/kakao-client.js';

/** How a check came out. `fail` on a `config` check means exit 2; on a `network` check, exit 1. */
export interface CheckResult {
  id: string;
  title: string;
  status: 'ok' | 'info' | 'warn' | 'fail';
  kind: 'config' | 'network';
  message: string;
}

const PROBE_TIMEOUT_MS = 5000;

const SOURCE_NAMES: Record<SettingSource, string> = {
  flag: 'from the command line',
  env: 'from the environment',
  '.env': 'from .env',
  profile: 'from the profile',
  default: 'the default',
};

const NETWORK_ERRORS = new Map([
  ['ENOTFOUND', 'the host name does not resolve'],
  ['EAI_AGAIN', 'the host name could not be resolved right now'],
  ['ECONNREFUSED', 'nothing is listening there'],
  ['ECONNRESET', 'the connection was reset'],
  ['ETIMEDOUT', 'the connection timed out'],
  ['CERT_HAS_EXPIRED', 'its TLS certificate has expired'],
  ['DEPTH_ZERO_SELF_SIGNED_CERT', 'its TLS certificate is self-signed'],
]);

function from(config: ResolvedConfig, name: SettingName): string {
  const source = config.sources[name];
  return source ? ` (${SOURCE_NAMES[source]})` : '';
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Where each setting came from, one `info` line each (secrets shown only as "set"), and a warning
 * when the profile's base URLs point at a local emulator.
 */
export function checkSources(config: ResolvedConfig, profile: string): CheckResult[] {
  const results: CheckResult[] = [];
  for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, (typeof SETTINGS)[SettingName]][]) {
    const value = config.values[name];
    const source = config.sources[name];
    // Keys are described, never shown (the REST API key is not secret, but it is not ours to print).
    const shown = value === undefined ? 'not set' : setting.secret || name === 'restApiKey' ? 'set' : value;
    const where = source === 'profile' ? `from profile "${profile}"` : source ? SOURCE_NAMES[source] : '';
    results.push({
      id: `source_${setting.env.toLowerCase()}`,
      title: setting.env,
      kind: 'config',
      status: 'info',
      message: where ? `${shown} (${where})` : shown,
    });
  }
  const local = (['authUrl', 'apiUrl'] as const).filter(
    (name) => config.sources[name] === 'profile' && isLoopback(config.values[name]),
  );
  if (local.length > 0) {
    results.push({
      id: 'profile_emulator',
      title: 'profile',
      kind: 'config',
      status: 'warn',
      message: `profile "${profile}" points at a local emulator (${local.map((n) => config.values[n]).join(', ')}), not at Kakao: log in again with KAKAO_AUTH_URL / KAKAO_API_URL unset (or use another --profile) to talk to Kakao.`,
    });
  }
  return results;
}

function isLoopback(url: string | undefined): boolean {
  return url !== undefined && URL.canParse(url) && LOOPBACK_HOSTS.has(new URL(url).hostname);
}

/**
 * Whether the auth server accepts this key with this redirect URI: it answers an authorize request
 * with a sign-in page (or a redirect) when it does, and an error page with a KOE code when it does
 * not (KOE101 unknown key, KOE006 unregistered redirect URI).
 */
export async function checkAppRegistration(kakao: KakaoClient, signal: AbortSignal): Promise<CheckResult> {
  const base = { id: 'app_registration', title: 'key + redirect URI', kind: 'network' } as const;
  const url = buildAuthorizationUrl(kakao, {});
  const probe = await probeAuthorize(url.href, signal);
  if (probe.outcome === 'unreachable')
    return { ...base, status: 'warn', message: `not checked: ${kakao.authUrl} did not answer.` };
  if (probe.outcome === 'accepted') {
    return {
      ...base,
      status: 'ok',
      message: `${kakao.authUrl} accepts this REST API key with redirect URI ${kakao.redirectUri}.`,
    };
  }
  const hint = explainKoe(probe.koe, { redirectUri: kakao.redirectUri });
  return {
    ...base,
    status: 'fail',
    message: `${kakao.authUrl} refuses the authorize request (${probe.koe})${hint ? `: ${hint.meaning} Fix: ${hint.fix}` : '.'}`,
  };
}

/** The REST API key: present, 32 hex characters. */
export function checkRestApiKey(config: ResolvedConfig): CheckResult {
  const key = config.values.restApiKey;
  const base = { id: 'rest_api_key', title: 'REST API key', kind: 'config' } as const;
  if (!key)
    return {
      ...base,
      status: 'fail',
      message:
        'not set: set KAKAO_REST_API_KEY (or --rest-api-key) to the REST API key from Kakao Developers → your app → App Keys.',
    };
  if (!KAKAO_KEY_SHAPE.test(key)) {
    return {
      ...base,
      status: 'fail',
      message: `set${from(config, 'restApiKey')} but it has ${key.length} characters and Kakao keys are 32 hexadecimal characters: copy the REST API key again (not the JavaScript, native or admin key).`,
    };
  }
  return { ...base, status: 'ok', message: `set${from(config, 'restApiKey')}, 32 hexadecimal characters.` };
}

/** The redirect URI: absolute, and loopback http for `login`. */
export function checkRedirectUri(config: ResolvedConfig): CheckResult {
  const uri = config.values.redirectUri ?? '';
  const base = { id: 'redirect_uri', title: 'redirect URI', kind: 'config' } as const;
  if (!URL.canParse(uri))
    return {
      ...base,
      status: 'fail',
      message: `${JSON.stringify(uri)}${from(config, 'redirectUri')} is not an absolute URL (e.g. http://127.0.0.1:8719/callback).`,
    };
  const register = `Register exactly ${uri} in Kakao Developers → Kakao Login → Redirect URI (Kakao matches it exactly).`;
  try {
    loopbackTarget(uri);
    return {
      ...base,
      status: 'ok',
      message: `${uri}${from(config, 'redirectUri')}, loopback: \`login\` can receive the callback. ${register}`,
    };
  } catch (err) {
    return {
      ...base,
      status: 'warn',
      message: `${uri}${from(config, 'redirectUri')} works for \`token\` and \`url\`, but \`login\` needs a loopback http URI: ${(err as Error).message}`,
    };
  }
}

/** Whether a client secret is set (Kakao needs it only when the app's Client Secret is on). */
export function checkClientSecret(config: ResolvedConfig): CheckResult {
  const set = Boolean(config.values.clientSecret);
  return {
    id: 'client_secret',
    title: 'client secret',
    kind: 'config',
    status: 'info',
    message: set
      ? `set${from(config, 'clientSecret')}; it is sent with every token request (a wrong one gives KOE010).`
      : 'not set: fine while the app\'s "Client Secret" is off; if it is on, token requests fail with KOE010 until KAKAO_CLIENT_SECRET is set.',
  };
}

/** The auth server answers, and its discovery document names the issuer the client expects. */
export async function checkAuthServer(kakao: KakaoClient, signal: AbortSignal): Promise<CheckResult[]> {
  const reach = await probe(`${kakao.authUrl}/.well-known/openid-configuration`, signal);
  const base = { id: 'auth_url', title: 'auth server', kind: 'network' } as const;
  if (typeof reach === 'string')
    return [{ ...base, status: 'fail', message: `${kakao.authUrl} is not reachable: ${reach}` }];
  const results: CheckResult[] = [
    { ...base, status: 'ok', message: `${kakao.authUrl} answered (HTTP ${reach}).` },
  ];
  const issuer = { id: 'issuer', title: 'discovery issuer', kind: 'network' } as const;
  try {
    const discovery = await getDiscovery(kakao, { signal });
    const same = discovery.issuer === kakao.issuer;
    results.push({
      ...issuer,
      status: same ? 'ok' : 'fail',
      message: same
        ? `${discovery.issuer}, as expected.`
        : `${discovery.issuer} differs from the expected ${kakao.issuer}: ID tokens will not verify.`,
    });
  } catch (err) {
    const mismatch = (err as { code?: unknown }).code === 'OIDC_ISSUER_MISMATCH';
    const message = `${mismatch ? 'wrong issuer' : 'no usable discovery document'}: ${(err as Error).message}${mismatch ? ' ID tokens will not verify.' : ''}`;
    results.push({ ...issuer, status: mismatch ? 'fail' : 'warn', message });
  }
  return results;
}

/** The API server answers (an unauthenticated call must come back as Kakao's -401). */
export async function checkApiServer(kakao: KakaoClient, signal: AbortSignal): Promise<CheckResult> {
  const reach = await probe(`${kakao.apiUrl}/v1/user/access_token_info`, signal);
  const base = { id: 'api_url', title: 'API server', kind: 'network' } as const;
  if (typeof reach === 'string')
    return { ...base, status: 'fail', message: `${kakao.apiUrl} is not reachable: ${reach}` };
  return { ...base, status: 'ok', message: `${kakao.apiUrl} answered (HTTP ${reach}).` };
}

/** Resolves with the HTTP status, or with a sentence saying why no response came. */
async function probe(url: string, signal: AbortSignal): Promise<number | string> {
  try {
    const res = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(PROBE_TIMEOUT_MS)]),
    });
    await res.body?.cancel();
    return res.status;
  } catch (err) {
    if ((err as Error).name === 'TimeoutError') return `no answer within ${PROBE_TIMEOUT_MS / 1000} s.`;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${NETWORK_ERRORS.get(cause.code) ?? 'the connection failed'} (${cause.code}).`;
    return `${cause?.message ?? (err as Error).message}.`;
  }
}
