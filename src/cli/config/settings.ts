/**
 * Configuration resolution: command-line flag > environment > `.env` in the working directory >
 * saved profile > default, for the six KAKAO_* settings. A saved profile belongs to the app whose
 * key it holds: when the REST API key comes from a flag, the environment or `.env`, the profile's
 * settings are not used at all (its base URLs, say, would otherwise send a real key to an emulator).
 *
 * @module
 */

/** The CLI's default loopback redirect URI (registered in the emulator's default app). */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8719/callback';
/** Kakao's authorization server. */
export const DEFAULT_AUTH_URL = 'https://kauth.kakao.com';
/** Kakao's API server. */
export const DEFAULT_API_URL = 'https://kapi.kakao.com';

/** Each setting: its environment name and its command-line flag. */
export const SETTINGS = {
  restApiKey: { env: 'KAKAO_REST_API_KEY', flag: 'rest-api-key', secret: false },
  clientSecret: { env: 'KAKAO_CLIENT_SECRET', flag: 'client-secret', secret: true },
  redirectUri: { env: 'KAKAO_REDIRECT_URI', flag: 'redirect-uri', secret: false },
  adminKey: { env: 'KAKAO_ADMIN_KEY', flag: 'admin-key', secret: true },
  authUrl: { env: 'KAKAO_AUTH_URL', flag: 'auth-url', secret: false },
  apiUrl: { env: 'KAKAO_API_URL', flag: 'api-url', secret: false },
} as const;

/** A setting's name in code (`restApiKey`, …). */
export type SettingName = keyof typeof SETTINGS;
/** Where a resolved value came from. */
export type SettingSource = 'flag' | 'env' | '.env' | 'profile' | 'default';
/** Values by setting name (each may be missing). */
export type Settings = Partial<Record<SettingName, string>>;

/** The resolved settings and where each came from. */
export interface ResolvedConfig {
  values: Settings;
  sources: Partial<Record<SettingName, SettingSource>>;
}

/** The layers to merge, highest precedence first. */
export interface ConfigLayers {
  /** Parsed command-line values, keyed by flag name (`rest-api-key`…). */
  flags: Record<string, unknown>;
  /** The process environment. */
  env: Record<string, string | undefined>;
  /** The `.env` file's assignments. */
  dotenv: Record<string, string | undefined>;
  /** The saved profile's settings, or a function that reads them (called only when they are used). */
  profile: Settings | (() => Settings);
}

const DEFAULTS: Settings = {
  redirectUri: DEFAULT_REDIRECT_URI,
  authUrl: DEFAULT_AUTH_URL,
  apiUrl: DEFAULT_API_URL,
};

/**
 * Merges the layers. An empty string counts as unset, so it falls through to the next layer.
 *
 * @example
 * ```ts
 * resolveConfig({ flags: {}, env: process.env, dotenv: {}, profile: {} }).values.authUrl;
 * ```
 */
export function resolveConfig(layers: ConfigLayers): ResolvedConfig {
  const values: Settings = {};
  const sources: ResolvedConfig['sources'] = {};
  const keyGiven = [
    layers.flags[SETTINGS.restApiKey.flag],
    layers.env[SETTINGS.restApiKey.env],
    layers.dotenv[SETTINGS.restApiKey.env],
  ].some(isSet);
  const profile = keyGiven ? {} : typeof layers.profile === 'function' ? layers.profile() : layers.profile;
  for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, (typeof SETTINGS)[SettingName]][]) {
    const candidates: [SettingSource, unknown][] = [
      ['flag', layers.flags[setting.flag]],
      ['env', layers.env[setting.env]],
      ['.env', layers.dotenv[setting.env]],
      ['profile', Object.hasOwn(profile, name) ? profile[name] : undefined],
      ['default', DEFAULTS[name]],
    ];
    const found = candidates.find(([, v]) => isSet(v));
    if (found) {
      values[name] = found[1] as string;
      sources[name] = found[0];
    }
  }
  return { values, sources };
}

function isSet(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
