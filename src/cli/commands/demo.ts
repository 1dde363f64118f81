/**
 * `kakao-oauth demo`: the whole flow against an in-process emulator — the default `npm start`.
 *
 * @module
 */
import { createServer } from 'node:net';
import { DEFAULT_APP, DEFAULT_USERS, startEmulator } from '../../emulator/index.js';
import { createKakaoClient, getUser } from '../../index.js';
import type { Command, CommandContext } from '../args/command.js';
import { flagOption, secondsOption } from '../args/option-values.js';
import { DEFAULT_LOGIN_TIMEOUT_MS } from '../login/callback-listener.js';
import { playBrowser } from '../login/demo-browser.js';
import { runLoginFlow } from '../login/flow.js';
import { WAIT_OPTIONS } from '../login/options.js';
import { formatError } from '../output/format-error.js';
import { note, printJson } from '../output/io.js';
import { visitInBrowser } from './login.js';

/** The `demo` command. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'start the emulator, log in against it, print the user profile (what `npm start` runs)',
  description: `Starts the Kakao emulator in this process, registers a loopback redirect URI for its
default app, runs the login flow against it (PKCE, state, nonce, code exchange) and prints the
logged-in user's profile as JSON. Nothing is saved to a profile and nothing leaves this machine.

--yes logs in unattended as the first test user. Without a terminal (or with CI=true) the demo
does that by itself. Otherwise it opens the emulator's login page in your browser.`,
  options: {
    yes: { type: 'boolean', short: 'y', description: 'log in unattended as the first test user' },
    ...WAIT_OPTIONS,
  },
  async run(ctx) {
    const unattended = flagOption(ctx, 'yes') || !ctx.interactive;
    if (!flagOption(ctx, 'yes') && unattended) {
      note(
        ctx.io,
        'No terminal to interact with (or CI): logging in unattended as the first test user, as with --yes.',
      );
    }
    // The callback's port stays held until the emulator listens, so the emulator's own ephemeral
    // port can never be the one just chosen for the callback.
    const reserved = await reservePort();
    const redirectUri = `http://127.0.0.1:${reserved.port}/callback`;
    const server = await startEmulator({
      config: {
        apps: [{ ...DEFAULT_APP, redirectUris: [redirectUri, ...DEFAULT_APP.redirectUris] }],
        users: DEFAULT_USERS,
      },
      autoLogin: unattended ? true : undefined,
    }).finally(reserved.release);
    try {
      note(ctx.io, `Kakao emulator running at ${server.authUrl}.`);
      await demoLogin(ctx, server, redirectUri, unattended);
    } finally {
      await server.close();
    }
    return undefined;
  },
};

type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

async function demoLogin(
  ctx: CommandContext,
  server: RunningEmulator,
  redirectUri: string,
  unattended: boolean,
): Promise<void> {
  const kakao = createKakaoClient({
    restApiKey: server.app.restApiKey,
    authUrl: server.authUrl,
    apiUrl: server.apiUrl,
    redirectUri,
  });
  ctx.hints.redirectUri = redirectUri;
  const { tokens } = await runLoginFlow({
    kakao,
    redirectUri,
    timeoutMs: secondsOption(ctx, 'timeout', DEFAULT_LOGIN_TIMEOUT_MS),
    signal: ctx.signal,
    io: ctx.io,
    redactor: ctx.redactor,
    indicator: !unattended,
    visit: unattended ? undefined : (url) => visitInBrowser(ctx, url),
    follow: unattended ? (url) => playBrowser(url, ctx.signal) : undefined,
    describeError: (err) => formatError(err, { ...ctx.hints, redactor: ctx.redactor }).message,
  });
  const user = await getUser(kakao, { accessToken: tokens.accessToken, signal: ctx.signal });
  const nickname = user.kakao_account?.profile?.nickname;
  note(
    ctx.io,
    `Logged in as user ${user.id}${nickname ? ` (${nickname})` : ''} with PKCE, state and nonce checked. The profile:`,
  );
  printJson(ctx.io, user);
}

/**
 * A free loopback port for the demo's redirect URI (registered with the emulator before use), held
 * by a listener until `release()` so nothing else started meanwhile can take it.
 */
function reservePort(): Promise<{ port: number; release: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      const release = () => new Promise<void>((done) => probe.close(() => done()));
      resolve({ port, release });
    });
  });
}
