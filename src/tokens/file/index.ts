/**
 * `kakao-oauth/tokens/file`: a token store in one directory (Node), shared by the processes of one
 * machine. Atomic writes (a finished temporary file hard-linked into place), files 0600 in
 * directories 0700, and a lock that a killed process does not leave stuck.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { newVersion, type TokenStore } from '../store.js';
import { readNewest, removeDeadTemps, writeGeneration } from './generations.js';

/**
 * Options of {@link createFileStore}.
 *
 * @example
 * ```ts
 * const options: FileStoreOptions = { dir: '/var/lib/my-app/kakao-tokens' };
 * ```
 */
export interface FileStoreOptions {
  /** The directory (created 0700 when missing). Give each app its own. */
  dir: string;
}

const ENTRY = 'entry-';
const LOCK = 'lock-';

interface LockFile {
  /** `null` once released. */
  token: string | null;
  pid: number;
  host: string;
  expiresAt: number;
}

/**
 * A store in a directory: each key gets a subdirectory (named by the SHA-256 of the key, so no key
 * reaches a file name) holding numbered generation files. A version is a generation number, so
 * compare-and-set is "create generation n + 1", which the file system lets only one writer do. A
 * removed entry leaves an empty generation, so versions are never reused.
 *
 * The lock is a generation file with the holder's pid, host and expiry; it is taken over once it
 * has expired, or at once when the holder's pid is gone on this host (`kill -9`).
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * const tokens = createTokenManager({ kakao, store: createFileStore({ dir: '/var/lib/my-app/kakao-tokens' }) });
 * ```
 */
export function createFileStore(options: FileStoreOptions): TokenStore {
  if (typeof options?.dir !== 'string' || options.dir === '') {
    throw new TypeError('createFileStore: pass { dir }, the directory to keep token sets in.');
  }
  const root = resolve(options.dir);
  const host = hostname();
  // Reads and deletes only look (a missing directory lists as empty); writers create the directory,
  // so a read of an unknown key leaves nothing behind.
  const keyPath = (key: string) => join(root, createHash('sha256').update(key).digest('hex'));
  const keyDir = async (key: string) => {
    const dir = keyPath(key);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return dir;
  };
  return {
    async get(key) {
      const newest = await readNewest(keyPath(key), ENTRY);
      return newest === undefined || newest.text === ''
        ? undefined
        : { version: String(newest.gen), value: newest.text };
    },
    async set(key, value, expectedVersion) {
      const dir = await keyDir(key);
      await removeDeadTemps(dir, isAlive);
      const newest = await readNewest(dir, ENTRY);
      const live = newest !== undefined && newest.text !== '';
      if (expectedVersion === null ? live : !live || String(newest.gen) !== expectedVersion) return undefined;
      const gen = (newest?.gen ?? 0) + 1;
      return (await writeGeneration(dir, ENTRY, gen, value)) ? String(gen) : undefined;
    },
    async delete(key, expectedVersion) {
      const dir = keyPath(key);
      const newest = await readNewest(dir, ENTRY);
      if (newest === undefined || newest.text === '' || String(newest.gen) !== expectedVersion) return false;
      return writeGeneration(dir, ENTRY, newest.gen + 1, '');
    },
    async lock(key, ttlMs) {
      const dir = await keyDir(key);
      const newest = await readNewest(dir, LOCK);
      if (newest !== undefined && isHeld(parseLock(newest.text), host)) return undefined;
      const token = newVersion();
      const lock: LockFile = { token, pid: process.pid, host, expiresAt: Date.now() + ttlMs };
      const gen = (newest?.gen ?? 0) + 1;
      return (await writeGeneration(dir, LOCK, gen, JSON.stringify(lock))) ? token : undefined;
    },
    async unlock(key, lockToken) {
      const dir = keyPath(key);
      const newest = await readNewest(dir, LOCK);
      if (newest === undefined || parseLock(newest.text)?.token !== lockToken) return;
      const released: LockFile = { token: null, pid: process.pid, host, expiresAt: 0 };
      await writeGeneration(dir, LOCK, newest.gen + 1, JSON.stringify(released));
    },
  };
}

function isHeld(lock: LockFile | undefined, host: string): boolean {
  if (lock === undefined || lock.token === null || lock.expiresAt <= Date.now()) return false;
  // A holder on this host whose process is gone (killed) holds nothing.
  return lock.host !== host || isAlive(lock.pid);
}

/** A lock file's content; `undefined` (free) when it is not one — a lock must never stick. */
function parseLock(text: string): LockFile | undefined {
  try {
    const lock = JSON.parse(text) as LockFile;
    return typeof lock?.expiresAt === 'number' && typeof lock.pid === 'number' ? lock : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
