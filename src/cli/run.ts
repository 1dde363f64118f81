/**
 * The CLI without the process: parse, dispatch, format errors, return the exit code. `main.ts`
 * binds it to `process`; tests can call it directly.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import type { Command, CommandContext, OptionValues, ProfileHandle } from './args/command.js';
import { commandHelp, topLevelHelp } from './args/help.js';
import { parseCommandArgs, splitCommand } from './args/parse.js';
import { secretsFromStdin } from './args/secret-input.js';
import { readDotenv } from './config/dotenv.js';
import {
  checkProfileName,
  profilePath,
  profilesDir,
  readProfile,
  updateProfile,
} from './config/profile-store.js';
import { type ResolvedConfig, resolveConfig } from './config/settings.js';
import { CliError, InterruptedError, UsageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { formatError } from './output/format-error.js';
import { type Io, note } from './output/io.js';
import type { HintContext } from './output/kakao-hints.js';
import { Redactor } from './output/redact.js';
import { terminalSafeJson } from './output/terminal-text.js';

/** What the CLI runs against. */
export interface CliEnvironment {
  io: Io;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Aborted on Ctrl-C / SIGTERM. */
  signal: AbortSignal;
  /** A person is at a terminal (stdin and stderr are TTYs, and CI is not set). */
  interactive: boolean;
  commands: readonly Command[];
  /** Reads all of stdin (for a secret option given as `-`). */
  readStdin?: (() => Promise<string>) | undefined;
}

/**
 * Runs one command line and returns the exit code. Never throws.
 *
 * @example
 * ```ts
 * declare const signal: AbortSignal;
 * declare const io: CliEnvironment['io'];
 * declare const commands: CliEnvironment['commands'];
 * const world = { io, env: process.env, cwd: process.cwd(), signal, interactive: false, commands };
 * const code = await runCli(['me', '--profile', 'work'], world);
 * ```
 */
export async function runCli(argv: readonly string[], world: CliEnvironment): Promise<number> {
  const redactor = new Redactor();
  const hints: HintContext = { bin: 'kakao-oauth' };
  const flags = { json: argv.includes('--json'), debug: argv.includes('--debug') };
  try {
    return await dispatch(argv, world, redactor, hints, flags);
  } catch (thrown) {
    const err = world.signal.aborted && !(thrown instanceof CliError) ? interruption(world.signal) : thrown;
    const formatted = formatError(err, { ...hints, redactor, debug: flags.debug });
    // Usage errors already name the command (`kakao-oauth login: …`): no second prefix.
    const prefix = formatted.message.startsWith('kakao-oauth') ? '' : 'kakao-oauth: ';
    note(world.io, `${prefix}${formatted.message}`);
    if (flags.json) {
      const body = {
        error: { code: formatted.code, message: formatted.message, exit_code: formatted.exitCode },
      };
      world.io.stdout.write(`${terminalSafeJson(JSON.stringify(body))}\n`);
    }
    return formatted.exitCode;
  }
}

async function noStdin(): Promise<string> {
  return '';
}

function interruption(signal: AbortSignal): InterruptedError {
  return signal.reason instanceof InterruptedError ? signal.reason : new InterruptedError();
}

async function dispatch(
  argv: readonly string[],
  world: CliEnvironment,
  redactor: Redactor,
  hints: HintContext,
  flags: { json: boolean; debug: boolean },
): Promise<number> {
  const { command: name, rest } = splitCommand(argv);
  if (name === undefined || name === 'help') return topLevel(rest, world);
  const command = world.commands.find((c) => c.name === name);
  if (!command) {
    const names = world.commands.map((c) => c.name).join(', ');
    throw new UsageError(
      `unknown command ${JSON.stringify(name)}. Commands: ${names}. Run \`kakao-oauth --help\`.`,
    );
  }
  const parsed = parseCommandArgs(command, rest);
  if (parsed.values.help === true) {
    world.io.stdout.write(commandHelp(command));
    return ExitCode.ok;
  }
  const values = await secretsFromStdin(command.name, parsed.values, world.readStdin ?? noStdin);
  const { positionals } = parsed;
  const ctx = makeContext(command, values, positionals, world, redactor, hints, flags);
  return (await command.run(ctx)) ?? ExitCode.ok;
}

const VERSION_FLAGS = new Set(['--version', '-v']);

function topLevel(rest: string[], world: CliEnvironment): number {
  const { positionals } = parseCommandArgs(
    undefined,
    rest.filter((a) => !VERSION_FLAGS.has(a)),
  );
  const topic = positionals[0] ? world.commands.find((c) => c.name === positionals[0]) : undefined;
  if (topic) {
    world.io.stdout.write(commandHelp(topic));
    return ExitCode.ok;
  }
  if (rest.some((a) => VERSION_FLAGS.has(a))) {
    world.io.stdout.write(`${packageVersion()}\n`);
    return ExitCode.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`no help for ${JSON.stringify(positionals[0])}: not a command.`);
  world.io.stdout.write(topLevelHelp(world.commands));
  return ExitCode.ok;
}

function makeContext(
  command: Command,
  values: OptionValues,
  positionals: string[],
  world: CliEnvironment,
  redactor: Redactor,
  hints: HintContext,
  flags: { json: boolean; debug: boolean },
): CommandContext {
  const profile = profileHandle(
    typeof values.profile === 'string' ? values.profile : 'default',
    world.env,
    world.io,
  );
  let resolved: ResolvedConfig | undefined;
  return {
    command: command.name,
    values,
    positionals,
    ...flags,
    io: world.io,
    env: world.env,
    cwd: world.cwd,
    signal: world.signal,
    interactive: world.interactive,
    readStdin: world.readStdin ?? noStdin,
    redactor,
    hints,
    profile,
    config() {
      resolved ??= resolveConfig({
        flags: values,
        env: world.env,
        dotenv: readDotenv(world.cwd),
        profile: () => profile.read()?.settings ?? {},
      });
      redactor.add(resolved.values.clientSecret, resolved.values.adminKey);
      hints.redirectUri = resolved.values.redirectUri;
      hints.clientSecretSet = resolved.values.clientSecret !== undefined;
      return resolved;
    },
  };
}

function profileHandle(name: string, env: Record<string, string | undefined>, io: Io): ProfileHandle {
  const dir = profilesDir(env);
  checkProfileName(name);
  return {
    name,
    dir,
    path: profilePath(dir, name),
    read: () => readProfile(dir, name),
    update: (change) =>
      updateProfile(dir, name, change, (err, keptAs) =>
        note(io, `Profile ${err.file} was unusable; it is kept as ${keptAs} and a fresh one is written.`),
      ),
  };
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
