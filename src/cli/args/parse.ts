/**
 * Command-line parsing with `node:util` parseArgs: global options anywhere on the line, the
 * command's own options, strict checking (unknown option → usage error, exit 2).
 *
 * @module
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { SETTINGS } from '../config/settings.js';
import { UsageError } from '../errors.js';
import type { Command, OptionSpec, OptionValues } from './command.js';
import { HTTP_OPTIONS } from './http-options.js';

/** Options every command accepts. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  profile: { type: 'string', valueName: 'NAME', description: 'saved profile to use (default "default")' },
  json: {
    type: 'boolean',
    description: 'machine-readable output: JSON reports, and errors as JSON on stdout',
  },
  debug: { type: 'boolean', description: 'show stack traces (secrets are still removed)' },
  help: { type: 'boolean', short: 'h', description: 'show help for the command' },
};

/** The settings' flags, accepted by commands that talk to Kakao. */
export const SETTING_OPTIONS: Record<string, OptionSpec> = Object.fromEntries(
  Object.values(SETTINGS).map((s) => [
    s.flag,
    {
      type: 'string',
      valueName: s.flag === 'redirect-uri' ? 'URI' : 'VALUE',
      description: s.secret ? `overrides ${s.env} (- reads it from stdin)` : `overrides ${s.env}`,
    },
  ]),
);

/** Options before the command whose next argument is their value, not the command. */
const VALUE_FLAGS = new Set(['--profile', ...Object.values(SETTINGS).map((s) => `--${s.flag}`)]);

/** The command name and the remaining arguments. */
export interface SplitArgs {
  command: string | undefined;
  rest: string[];
}

/**
 * Finds the command: the first argument that is not an option nor the value of `--profile` or a
 * settings flag.
 *
 * @example
 * ```ts
 * splitCommand(['--profile', 'work', 'me', '--json']); // { command: 'me', rest: ['--profile', 'work', '--json'] }
 * ```
 */
export function splitCommand(argv: readonly string[]): SplitArgs {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (VALUE_FLAGS.has(arg)) {
      i++;
      continue;
    }
    if (!arg.startsWith('-')) return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, rest: [...argv] };
}

/** Every option a command accepts (its own, the settings' flags if it uses them, the global ones). */
export function optionsOf(command: Command | undefined): Record<string, OptionSpec> {
  const settings = command?.usesConfig ? { ...SETTING_OPTIONS, ...HTTP_OPTIONS } : {};
  return { ...(command?.options ?? {}), ...settings, ...GLOBAL_OPTIONS };
}

/**
 * Parses a command's arguments strictly.
 *
 * @throws UsageError for unknown options, missing values, extra or missing positionals.
 */
export function parseCommandArgs(
  command: Command | undefined,
  argv: readonly string[],
): { values: OptionValues; positionals: string[] } {
  const specs = optionsOf(command);
  const name = command?.name;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: normalizeArgv(argv, specs),
      options: toParseArgsOptions(specs),
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError(usageMessage(err as Error & { code?: string }, name), name);
  }
  if (parsed.values.help !== true) checkPositionals(command, parsed.positionals);
  return { values: parsed.values as OptionValues, positionals: parsed.positionals };
}

function toParseArgsOptions(specs: Record<string, OptionSpec>): NonNullable<ParseArgsConfig['options']> {
  const out: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(specs)) {
    out[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  return out;
}

/**
 * Rewrites `--opt VALUE` as `--opt=VALUE` for string options, so a value that starts with `-` (an
 * authorization code or token can) is still read as the value; an optional-value option with
 * nothing after it (end, or another option) becomes `--opt=`.
 */
function normalizeArgv(argv: readonly string[], specs: Record<string, OptionSpec>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const spec = arg.startsWith('--') ? specs[arg.slice(2)] : undefined;
    const next = argv[i + 1];
    const valueMissing = next === undefined || (spec?.optionalValue === true && next.startsWith('-'));
    if (spec?.type !== 'string' || (valueMissing && !spec.optionalValue)) out.push(arg);
    else if (valueMissing) out.push(`${arg}=`);
    else out.push(`${arg}=${argv[++i]}`);
  }
  return out;
}

function usageMessage(err: Error & { code?: string }, name: string | undefined): string {
  const where = name ? `kakao-oauth ${name}` : 'kakao-oauth';
  const helpHint = `Run \`${where} --help\` for the options.`;
  const option = /'([^']+)'/.exec(err.message)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${where}: unknown option ${option ?? ''}. ${helpHint}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${where}: option ${option?.split(' ')[0] ?? ''} ${/argument missing/.test(err.message) ? 'needs a value' : 'takes no value'}. ${helpHint}`;
    default:
      return `${where}: ${err.message} ${helpHint}`;
  }
}

function checkPositionals(command: Command | undefined, positionals: readonly string[]): void {
  if (!command) return;
  const specs = command.positionals ?? [];
  const required = specs.filter((p) => p.required).length;
  const where = `kakao-oauth ${command.name}`;
  if (positionals.length > specs.length) {
    throw new UsageError(
      // The value is not repeated: a code or token typed without its flag lands here.
      `${where}: unexpected argument #${specs.length + 1} (${plural(positionals[specs.length]!.length, 'character')}, not shown in case it is a secret). Values go after their flag, e.g. --code CODE. Run \`${where} --help\`.`,
      command.name,
    );
  }
  if (positionals.length < required) {
    throw new UsageError(
      `${where}: missing ${specs[positionals.length]!.name}. Run \`${where} --help\`.`,
      command.name,
    );
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
