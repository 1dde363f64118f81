/**
 * Reads an emulator config file (`--config FILE`): JSON where user ids may be integers above 2^53,
 * so numbers are parsed without losing digits (the client's lossless parser: such integers come back
 * as decimal strings, which is how the emulator takes user ids).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJsonLossless } from '../../base/http/json.js';
import type { EmulatorConfig } from '../../emulator/index.js';
import { ConfigError } from '../errors.js';

/**
 * Reads and parses the file; integers above 2^53 come back as decimal strings.
 *
 * @throws ConfigError when the file cannot be read or is not a JSON object.
 * @example
 * ```ts
 * const config = readEmulatorConfig('emulator.json', process.cwd());
 * ```
 */
export function readEmulatorConfig(file: string, cwd: string): EmulatorConfig {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `Cannot read the emulator config ${path}: ${readProblem(err)} Fix the --config path.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = parseJsonLossless(text);
  } catch (err) {
    throw new ConfigError(`The emulator config ${path} is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`The emulator config ${path} must be a JSON object with "apps" and/or "users".`);
  }
  return parsed as EmulatorConfig;
}

const READ_PROBLEMS = new Map([
  ['ENOENT', 'there is no such file.'],
  ['EACCES', 'permission denied (the file is not readable by you).'],
  ['EISDIR', 'it is a directory, not a file.'],
  ['ENOTDIR', 'a part of the path is not a directory.'],
]);

function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return (code && READ_PROBLEMS.get(code)) ?? `${(err as Error).message}.`;
}
