/**
 * The shape of a CLI command and what it gets to run.
 *
 * @module
 */

import type { Profile } from '../config/profile-store.js';
import type { ResolvedConfig } from '../config/settings.js';
import type { Io } from '../output/io.js';
import type { HintContext } from '../output/kakao-hints.js';
import type { Redactor } from '../output/redact.js';

/** One option of a command, for parseArgs and for `--help`. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder for the value in help (`URI`, `N`…). */
  valueName?: string;
  description: string;
  /** The value may be left out (`--auto-login` or `--auto-login ID`); left out reads as `''`. */
  optionalValue?: boolean;
}

/** A positional argument, for `--help` and arity checks. */
export interface PositionalSpec {
  name: string;
  required: boolean;
  description: string;
}

/** Parsed option values. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** The saved profile in use (`--profile`, default `default`). */
export interface ProfileHandle {
  readonly name: string;
  readonly dir: string;
  readonly path: string;
  read(): Profile | undefined;
  update(change: (old: Profile) => Profile): Profile;
}

/** Everything a command runs with. */
export interface CommandContext {
  readonly command: string;
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly debug: boolean;
  readonly io: Io;
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
  /** Aborted on Ctrl-C / SIGTERM. */
  readonly signal: AbortSignal;
  /** A person is at a terminal (stdin and stderr are TTYs, and CI is not set). */
  readonly interactive: boolean;
  /** Reads all of stdin (for a secret given as `-`). */
  readStdin(): Promise<string>;
  /** Register every secret the command handles here, so no message can leak it. */
  readonly redactor: Redactor;
  /** Facts the error formatter may mention (the redirect URI in use…). */
  readonly hints: HintContext;
  readonly profile: ProfileHandle;
  /** The settings after precedence: flag > env > .env > profile > default (read once). */
  config(): ResolvedConfig;
}

/** A command of the CLI. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Paragraphs for `--help`. */
  description: string;
  options: Record<string, OptionSpec>;
  positionals?: PositionalSpec[];
  /** Accepts the six KAKAO_* settings as flags (`--rest-api-key`…). */
  usesConfig?: boolean;
  /** Runs the command; resolves with an exit code when it is not 0 without being an error (doctor). */
  run(ctx: CommandContext): Promise<number | undefined>;
}
