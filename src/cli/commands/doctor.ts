/**
 * `kakao-oauth doctor`: check the configuration and the two servers, and explain what is wrong.
 *
 * @module
 */
import type { Command } from '../args/command.js';
import {
  type CheckResult,
  checkApiServer,
  checkAppRegistration,
  checkAuthServer,
  checkClientSecret,
  checkRedirectUri,
  checkRestApiKey,
  checkSources,
} from '../doctor/checks.js';
import { ExitCode } from '../exit-codes.js';
import { printJson, printLine } from '../output/io.js';
import { kakaoClient } from '../session/kakao-client.js';

const MARK: Record<CheckResult['status'], string> = { ok: '✔', info: 'i', warn: '!', fail: '✖' };

/** The `doctor` command. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check the configuration and reachability of Kakao (or the emulator), and explain problems',
  description: `Shows each setting and where it came from (flag, environment, .env, profile, default;
secrets only as "set"), and warns when the profile points at a local emulator. Checks: the REST API
key is set and shaped like a Kakao key (32 hex characters); the redirect URI is absolute (and
loopback http, which \`login\` needs); whether a client secret is set; both base URLs answer; the
discovery document's issuer is the one ID tokens are checked against; the auth server accepts the
key with the redirect URI (an authorize request answered by a sign-in page, not a KOE error page).
Exit 0 when all is well, 2 when the configuration is wrong, 1 when a server cannot be reached.`,
  options: {},
  usesConfig: true,
  async run(ctx) {
    const config = ctx.config();
    const checks = [
      ...checkSources(config, ctx.profile.name),
      checkRestApiKey(config),
      checkRedirectUri(config),
      checkClientSecret(config),
    ];
    if (config.values.restApiKey) {
      const kakao = kakaoClient(ctx);
      const auth = await checkAuthServer(kakao, ctx.signal);
      checks.push(...auth);
      if (auth[0]!.status === 'ok') checks.push(await checkAppRegistration(kakao, ctx.signal));
      checks.push(await checkApiServer(kakao, ctx.signal));
    }
    const failed = (kind: CheckResult['kind']) => checks.some((c) => c.status === 'fail' && c.kind === kind);
    const code = failed('config') ? ExitCode.usage : failed('network') ? ExitCode.failure : ExitCode.ok;
    if (ctx.json) printJson(ctx.io, { ok: code === ExitCode.ok, profile: ctx.profile.name, checks });
    else report(ctx.io, ctx.profile.name, checks, code === ExitCode.ok);
    return code;
  },
};

function report(
  io: Parameters<typeof printLine>[0],
  profile: string,
  checks: CheckResult[],
  ok: boolean,
): void {
  const width = Math.max(...checks.map((c) => c.title.length));
  printLine(io, `kakao-oauth doctor (profile "${profile}")`);
  for (const check of checks)
    printLine(io, `  ${MARK[check.status]} ${check.title.padEnd(width)}  ${check.message}`);
  printLine(io, ok ? 'No problems found.' : 'Problems found: see the ✖ lines above.');
}
