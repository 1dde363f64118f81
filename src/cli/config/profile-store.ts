/**
 * Saved profiles: one JSON file per profile in `$XDG_CONFIG_HOME/kakao-oauth/` (or
 * `~/.config/kakao-oauth/`), directory mode 0700, file mode 0600, written atomically: a temporary
 * file in the same directory, fsync, rename, fsync of the directory. A write killed at any point
 * leaves either the old file or the new one.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, CorruptProfileError } from '../errors.js';
import { profileShapeProblem } from './profile-shape.js';
import type { Settings } from './settings.js';

/** What a profile file holds. */
export interface Profile {
  /** Settings saved by `login`/`token` (never the admin key). */
  settings?: Settings;
  /** The last token set, in Kakao's snake_case names plus absolute expiry times. */
  tokens?: Record<string, unknown>;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The profiles directory for an environment.
 *
 * @example
 * ```ts
 * profilesDir(process.env); // '/home/me/.config/kakao-oauth'
 * ```
 */
export function profilesDir(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg?.startsWith('/') ? xdg : join(env.HOME || homedir(), '.config');
  return join(base, 'kakao-oauth');
}

/** Checks a profile name: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export function checkProfileName(name: string): string {
  if (!NAME.test(name)) {
    throw new ConfigError(
      `Invalid profile name ${JSON.stringify(name)}: use 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit.`,
    );
  }
  return name;
}

/** The file of a profile. */
export function profilePath(dir: string, name: string): string {
  return join(dir, `${checkProfileName(name)}.json`);
}

/**
 * Reads a profile, or returns undefined when it does not exist.
 *
 * @throws CorruptProfileError when the file is not valid JSON or not shaped like a profile (the
 * message names the file and the problem).
 */
export function readProfile(dir: string, name: string): Profile | undefined {
  const file = profilePath(dir, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`Cannot read profile ${file}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CorruptProfileError(file, 'it is not valid JSON');
  }
  const problem = profileShapeProblem(parsed);
  if (problem) throw new CorruptProfileError(file, problem);
  return parsed as Profile;
}

/**
 * Writes a profile atomically with mode 0600, creating the directory (0700) when needed.
 *
 * @example
 * ```ts
 * writeProfile(profilesDir(process.env), 'default', { settings: { restApiKey: '…' } });
 * ```
 */
export function writeProfile(dir: string, name: string, profile: Profile): void {
  const file = profilePath(dir, name);
  ensureDir(dir);
  removeStaleTemps(dir, name);
  const temp = join(dir, `.${name}.json.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeDurably(temp, `${JSON.stringify(profile, null, 2)}\n`);
    renameSync(temp, file);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {}
    throw new ConfigError(`Cannot save profile ${file}: ${(err as Error).message}`);
  }
  syncDir(dir);
}

/**
 * Reads, changes and writes back a profile. Returns the written profile. A corrupt file is kept as
 * `NAME.json.corrupt` and replaced (`onCorrupt` is told where it went), so saving fresh tokens is
 * never blocked by a broken old file.
 */
export function updateProfile(
  dir: string,
  name: string,
  change: (old: Profile) => Profile,
  onCorrupt: (err: CorruptProfileError, keptAs: string) => void = () => {},
): Profile {
  const next = change(readOrSetAside(dir, name, onCorrupt));
  writeProfile(dir, name, next);
  return next;
}

function readOrSetAside(
  dir: string,
  name: string,
  onCorrupt: (err: CorruptProfileError, keptAs: string) => void,
): Profile {
  try {
    return readProfile(dir, name) ?? {};
  } catch (err) {
    if (!(err instanceof CorruptProfileError)) throw err;
    const keptAs = `${err.file}.corrupt`;
    renameSync(err.file, keptAs);
    onCorrupt(err, keptAs);
    return {};
  }
}

function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

function writeDurably(path: string, data: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic there.
  }
}

/** Removes temporary files left by writers that were killed (their process is gone). */
function removeStaleTemps(dir: string, name: string): void {
  const prefix = `.${name}.json.`;
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      try {
        unlinkSync(join(dir, entry));
      } catch {}
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
