/**
 * Errors the CLI raises itself. Each carries the exit code it maps to; the message is written for a
 * person and never holds a token, a secret or an authorization code.
 *
 * @module
 */
import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** Base of the CLI's own errors. */
export class CliError extends Error {
  /** The process exit code this error ends with. */
  readonly exitCode: ExitCodeValue;
  /** A stable string naming the failure (shown with `--json`). */
  readonly code: string;

  constructor(message: string, code: string, exitCode: ExitCodeValue, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** The command line is wrong: unknown option, missing argument, bad value. Exit 2. */
export class UsageError extends CliError {
  /** The command whose `--help` explains the right usage (undefined for the top level). */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message, 'usage', ExitCode.usage);
    this.command = command;
  }
}

/** The configuration is missing or malformed (key, redirect URI, profile file). Exit 2. */
export class ConfigError extends CliError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'config', ExitCode.usage, options);
  }
}

/** A profile file exists but cannot be used (not JSON, or the wrong shape). Exit 2. */
export class CorruptProfileError extends ConfigError {
  /** The profile file. */
  readonly file: string;

  constructor(file: string, problem: string) {
    super(
      `Profile ${file} cannot be used: ${problem}. Fix or delete the file (commands that save tokens set it aside as ${file}.corrupt and start a fresh one).`,
    );
    this.file = file;
  }
}

/** No callback reached the loopback listener in time. Exit 3. */
export class LoginTimeoutError extends CliError {
  constructor(message: string) {
    super(message, 'timeout', ExitCode.timeout);
  }
}

/** The user pressed Ctrl-C or the process got SIGTERM. Exit 130. */
export class InterruptedError extends CliError {
  constructor(message = 'Interrupted.') {
    super(message, 'interrupted', ExitCode.interrupted);
  }
}

/**
 * The browser came back to the loopback listener (with the right `state`) carrying an error instead
 * of a code (`access_denied`, `consent_required`…), or without a code. Exit 1.
 */
export class CallbackError extends CliError {
  /** The OAuth `error` value from the redirect, or `missing_code`. */
  readonly error: string;
  /** Kakao's `error_description`, when it sent one (never contains a code or token). */
  readonly errorDescription: string | undefined;

  constructor(error: string, errorDescription?: string) {
    super(`The browser came back with error "${error}".`, `callback_${error}`, ExitCode.failure);
    this.error = error;
    this.errorDescription = errorDescription;
  }
}

/**
 * Kakao's authorize endpoint answered the login request with an error page (a bad key, an
 * unregistered redirect URI, unknown consent items…) instead of a sign-in page. Exit 1.
 */
export class AuthorizePageError extends CliError {
  /** The KOE code the page shows. */
  readonly koe: string;

  constructor(koe: string) {
    super(`Kakao answered the login request with an error page (${koe}).`, koe, ExitCode.failure);
    this.koe = koe;
  }
}
