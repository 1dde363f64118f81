/**
 * Generation files: the file store's one write primitive. A key's directory holds files named
 * `<prefix><n>`; the newest `n` is the current state. Writing generation `n + 1` is a hard link of a
 * finished, fsynced temporary file, which fails when the name exists: exactly one of several
 * writers that read generation `n` wins, and no reader ever sees a half-written file.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { KakaoTokenStoreError } from '../errors.js';

/** The newest generation and its text. */
export interface Generation {
  readonly gen: number;
  readonly text: string;
}

/** Attempts to read the newest generation while writers delete older ones. */
const READ_ATTEMPTS = 8;

/** Generation numbers of `<prefix><n>` files, ascending. */
export async function listGenerations(dir: string, prefix: string): Promise<number[]> {
  const gens: number[] = [];
  for (const name of await readdirOrEmpty(dir)) {
    if (!name.startsWith(prefix)) continue;
    const gen = Number(name.slice(prefix.length));
    if (Number.isSafeInteger(gen) && gen > 0) gens.push(gen);
  }
  return gens.sort((a, b) => a - b);
}

/** The newest generation, or `undefined` when there is none. */
export async function readNewest(dir: string, prefix: string): Promise<Generation | undefined> {
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    const gen = (await listGenerations(dir, prefix)).at(-1);
    if (gen === undefined) return undefined;
    try {
      return { gen, text: await readFile(join(dir, `${prefix}${gen}`), 'utf8') };
    } catch (error) {
      // Removed by a writer of a newer generation between the listing and the read: list again.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new KakaoTokenStoreError('write_conflict');
}

/**
 * Writes generation `gen` (mode 0600) unless it exists. Returns `false` when another writer got
 * there first — also when a newer generation already exists afterwards, since the name may have
 * been freed by a cleanup after newer writes (a stale writer must never look like the winner).
 */
export async function writeGeneration(
  dir: string,
  prefix: string,
  gen: number,
  text: string,
): Promise<boolean> {
  const temp = join(dir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    await writeDurably(temp, text);
    try {
      await link(temp, join(dir, `${prefix}${gen}`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  } finally {
    await unlinkQuietly(temp);
  }
  await syncDir(dir);
  const gens = await listGenerations(dir, prefix);
  if ((gens.at(-1) ?? 0) > gen) return false;
  for (const old of gens) if (old < gen) await unlinkQuietly(join(dir, `${prefix}${old}`));
  return true;
}

/** Removes temporary files of writers that were killed (their process is gone). */
export async function removeDeadTemps(dir: string, isAlive: (pid: number) => boolean): Promise<void> {
  for (const name of await readdirOrEmpty(dir)) {
    if (!name.startsWith('.tmp-')) continue;
    const pid = Number(name.split('-')[1]);
    if (Number.isSafeInteger(pid) && pid !== process.pid && !isAlive(pid))
      await unlinkQuietly(join(dir, name));
  }
}

/** Writes a new file (0600) and flushes it to disk before it is linked anywhere. */
async function writeDurably(path: string, text: string): Promise<void> {
  const file = await open(path, 'wx', 0o600);
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** Flushes the directory so that a link survives a power cut; skipped where a platform cannot. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle
    ?.sync()
    .catch(() => undefined)
    .finally(() => handle.close());
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function unlinkQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}
