/**
 * `kakao-oauth emulator`: run the Kakao emulator in the foreground and print the settings that
 * point a client at it.
 *
 * @module
 */
import { DEFAULT_USERS, type EmulatorConfig, startEmulator } from '../../emulator/index.js';
import type { Command } from '../args/command.js';
import { flagOption, portOption, stringOption } from '../args/option-values.js';
import { readEmulatorConfig } from '../emulator/config-file.js';
import { emulatorEnv } from '../emulator/env-lines.js';
import { untilAborted } from '../emulator/until-aborted.js';
import { ConfigError, UsageError } from '../errors.js';
import { note, printJson, printLine } from '../output/io.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * `--auto-login [USER_ID]` as the emulator takes it: `true` for the first test user, or an id that
 * must be one of the test users (checked here so the message can list them).
 */
function autoLoginOption(
  value: string | undefined,
  config: EmulatorConfig | undefined,
): string | true | undefined {
  if (value === undefined) return undefined;
  if (value === '') return true;
  const users = config?.users ?? DEFAULT_USERS;
  const ids = users.map((user) => String(user.id));
  if (ids.includes(value)) return value;
  const list = users.map((user) => `${user.id}${user.nickname ? ` (${user.nickname})` : ''}`).join(', ');
  throw new UsageError(
    `kakao-oauth emulator: --auto-login ${JSON.stringify(value)} is not one of the emulator's test users. Test users: ${list || 'none'}. Leave the id out to log in as the first one.`,
    'emulator',
  );
}

/** The `emulator` command. */
export const emulatorCommand: Command = {
  name: 'emulator',
  summary: "run a local emulator of Kakao's servers; prints the KAKAO_* lines that point a client at it",
  description: `Starts the emulator (kauth + kapi) on a loopback address and prints, one per line on stdout:
  KAKAO_AUTH_URL=…  KAKAO_API_URL=…  KAKAO_REST_API_KEY=…  KAKAO_REDIRECT_URI=…  KAKAO_ADMIN_KEY=…
and KAKAO_CLIENT_SECRET=… only when the app requires a secret (with --json: one JSON object).
KAKAO_ADMIN_KEY is the emulator's own admin key (local, not a Kakao secret), for --user-id calls.
Save them to a .env file, or \`eval\` them, and the other commands talk to the emulator.
Runs until Ctrl-C or SIGTERM, then exits 0.`,
  options: {
    port: { type: 'string', valueName: 'N', description: 'port to listen on (default: a free port)' },
    host: {
      type: 'string',
      valueName: 'HOST',
      description: 'loopback address to bind: 127.0.0.1 (default), ::1 or localhost',
    },
    config: {
      type: 'string',
      valueName: 'FILE',
      description: 'apps and users as JSON (default: the built-in app and test users)',
    },
    'auto-login': {
      type: 'string',
      optionalValue: true,
      valueName: 'USER_ID',
      description: 'log in unattended as this test user (default: the first one), agreeing to everything',
    },
    'no-oidc': {
      type: 'boolean',
      description: 'OIDC off for the apps (as on a new real Kakao app): no id_token',
    },
  },
  async run(ctx) {
    const host = stringOption(ctx, 'host') ?? '127.0.0.1';
    if (!LOOPBACK.has(host)) {
      throw new UsageError(
        `kakao-oauth emulator: --host must be a loopback address (127.0.0.1, ::1 or localhost), got ${JSON.stringify(host)}.`,
        'emulator',
      );
    }
    const file = stringOption(ctx, 'config');
    const config = file === undefined ? undefined : readEmulatorConfig(file, ctx.cwd);
    const autoLogin = autoLoginOption(stringOption(ctx, 'auto-login'), config);
    const port = portOption(ctx, 'port') ?? 0;
    const oidc = flagOption(ctx, 'no-oidc') ? false : undefined;
    const server = await startEmulator({ host, port, config, autoLogin, oidc }).catch(
      (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EADDRINUSE') throw err;
        throw new ConfigError(
          `Port ${port} on ${host} is already in use: pick another with --port, or leave it out for a free one.`,
        );
      },
    );
    try {
      const env = emulatorEnv(server);
      if (ctx.json) printJson(ctx.io, env);
      else for (const [name, value] of Object.entries(env)) printLine(ctx.io, `${name}=${value}`);
      note(
        ctx.io,
        `Kakao emulator running at ${server.authUrl} (auth) and ${server.apiUrl} (API). KAKAO_ADMIN_KEY is this local emulator's own admin key (not a Kakao secret), for --user-id calls. Press Ctrl-C to stop.`,
      );
      await untilAborted(ctx.signal);
    } finally {
      await server.close();
    }
    note(ctx.io, 'Emulator stopped.');
    return undefined;
  },
};
