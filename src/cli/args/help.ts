/**
 * `--help` text, generated from the commands' option specs.
 *
 * @module
 */

import { DEFAULT_REDIRECT_URI, SETTINGS } from '../config/settings.js';
import { EXIT_CODE_HELP } from '../exit-codes.js';
import type { Command, OptionSpec } from './command.js';
import { HTTP_OPTIONS } from './http-options.js';
import { GLOBAL_OPTIONS, SETTING_OPTIONS } from './parse.js';
import { SECRET_HELP, SECRET_OPTIONS } from './secret-input.js';

/**
 * The top-level help: commands, global options, configuration, exit codes.
 *
 * @example
 * ```ts
 * declare const commands: Parameters<typeof topLevelHelp>[0];
 * process.stdout.write(topLevelHelp(commands));
 * ```
 */
export function topLevelHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: kakao-oauth <command> [options]

Log in with Kakao from a terminal, trade codes for tokens, call the user APIs, and run a local
emulator of Kakao's servers.

Commands:
${list}

Global options:
${optionLines(GLOBAL_OPTIONS)}
  -v, --version  print the version (without a command)

${configHelp()}

${SECRET_HELP}

${EXIT_CODE_HELP}

Run \`kakao-oauth <command> --help\` for a command's options.
`;
}

/** The help of one command. */
export function commandHelp(command: Command): string {
  const positionals = (command.positionals ?? [])
    .map((p) => (p.required ? ` ${p.name}` : ` [${p.name}]`))
    .join('');
  const args = (command.positionals ?? []).map((p) => `  ${p.name}  ${p.description}`).join('\n');
  const sections = [
    `Usage: kakao-oauth ${command.name} [options]${positionals}`,
    command.description.trim(),
    args ? `Arguments:\n${args}` : '',
    Object.keys(command.options).length ? `Options:\n${optionLines(command.options)}` : '',
    command.usesConfig
      ? `Settings (flag > environment > .env > profile > default):\n${optionLines({ ...SETTING_OPTIONS, ...HTTP_OPTIONS })}`
      : '',
    `Global options:\n${optionLines(GLOBAL_OPTIONS)}`,
    takesSecret(command) ? SECRET_HELP : '',
    EXIT_CODE_HELP,
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

function takesSecret(command: Command): boolean {
  return Boolean(command.usesConfig) || Object.keys(command.options).some((name) => SECRET_OPTIONS.has(name));
}

function optionLines(specs: Record<string, OptionSpec>): string {
  const rows = Object.entries(specs).map(([name, spec]) => [flagText(name, spec), spec.description] as const);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join('\n');
}

function flagText(name: string, spec: OptionSpec): string {
  const short = spec.short ? `-${spec.short}, ` : '';
  if (spec.type === 'boolean') return `${short}--${name}`;
  const value = spec.valueName ?? 'VALUE';
  return `${short}--${name} ${spec.optionalValue ? `[${value}]` : value}`;
}

function configHelp(): string {
  const rows = Object.values(SETTINGS).map((s) => `  ${s.env.padEnd(20)}  --${s.flag}`);
  return `Configuration (precedence: flag > environment > .env in the working directory > saved profile):
${rows.join('\n')}
  The default redirect URI is ${DEFAULT_REDIRECT_URI}; register it for your app in Kakao
  Developers → Kakao Login → Redirect URI (Kakao matches redirect URIs exactly).
  Profiles: $XDG_CONFIG_HOME/kakao-oauth/NAME.json (or ~/.config/kakao-oauth/), mode 0600.`;
}
