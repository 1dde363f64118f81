/**
 * The CLI's exit codes, one meaning each. Documented in `kakao-oauth --help` and docs/cli.md.
 *
 * @module
 */

/** Every exit code the CLI uses. */
export const ExitCode = {
  /** The command did what it was asked. */
  ok: 0,
  /** Kakao (or the network, or the emulator) refused or failed. */
  failure: 1,
  /** The command line or the configuration is wrong; nothing was sent to Kakao. */
  usage: 2,
  /** `login` waited for the browser and no callback came in time. */
  timeout: 3,
  /** Interrupted with Ctrl-C (SIGINT) or SIGTERM. */
  interrupted: 130,
} as const;

/** One of {@link ExitCode}'s values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit-code table as printed in `--help`. */
export const EXIT_CODE_HELP = `Exit codes:
  0    success
  1    Kakao, the network or the emulator refused or failed
  2    usage or configuration error (nothing was sent to Kakao)
  3    timed out waiting for the browser (login, demo)
  130  interrupted (Ctrl-C / SIGTERM)`;
