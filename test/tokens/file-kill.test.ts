/**
 * The file store under `kill -9`: writer processes (test/tokens/load/file-writer.mjs, loading
 * dist/) write large values under the store's lock and are killed at random moments. Afterwards
 * no file is corrupt, every file is 0600 in 0700 directories, and no killed writer's lock is left
 * stuck (writers exit 3 when they wait 5 s for a lock whose TTL is a minute).
 *
 * Default: 100 kills; TOKENS_LOAD_FULL=1: 1,000. Figures are printed as `[figures] …` lines.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../src/tokens/file/index.js';

const KILLS = process.env.TOKENS_LOAD_FULL === '1' ? 1000 : 100;
const LANES = 4;
const WRITER = fileURLToPath(new URL('./load/file-writer.mjs', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'kakao-file-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a writer; resolves once it has started writing. */
function startWriter(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WRITER, dir, 'user-1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
  });
}

/** Kills a writer at a random moment of its writing; resolves its exit code (null when killed). */
async function killAtRandom(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
  child.kill('SIGKILL');
  return exited;
}

function check(root: string) {
  const figures = { files: 0, corrupt: 0, wrongModes: 0, temps: 0, writes: 0 };
  for (const keyDir of readdirSync(root)) {
    const path = join(root, keyDir);
    if ((statSync(path).mode & 0o777) !== 0o700) figures.wrongModes++;
    for (const name of readdirSync(path)) {
      const file = join(path, name);
      figures.files++;
      if ((statSync(file).mode & 0o777) !== 0o600) figures.wrongModes++;
      if (name.startsWith('entry-')) figures.writes = Math.max(figures.writes, Number(name.slice(6)));
      if (name.startsWith('.tmp-')) {
        figures.temps++;
        continue;
      }
      const text = readFileSync(file, 'utf8');
      try {
        const value = JSON.parse(text);
        if (name.startsWith('entry-') && value.pad?.length !== 64 * 1024) figures.corrupt++;
      } catch {
        figures.corrupt++;
      }
    }
  }
  return figures;
}

describe('file store under kill -9', () => {
  it(`${KILLS} kills during writes: 0 corrupt files, 0 wrong modes, no stuck lock`, async () => {
    const started = Date.now();
    let stuck = 0;
    let kills = 0;
    const lane = async () => {
      while (kills < KILLS) {
        kills++;
        const code = await killAtRandom(await startWriter());
        if (code === 3) stuck++;
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    const store = createFileStore({ dir });
    // The store is usable afterwards: the lock is free (holders are dead), a write goes through and
    // clears the temporary files the killed writers left.
    const lock = await store.lock('user-1', 1_000);
    expect(lock).toBeTypeOf('string');
    const current = await store.get('user-1');
    expect(JSON.parse(current!.value).pad).toHaveLength(64 * 1024);
    expect(
      await store.set(
        'user-1',
        JSON.stringify({ writer: 0, i: -1, pad: 'x'.repeat(64 * 1024) }),
        current!.version,
      ),
    ).toBeTypeOf('string');
    const figures = check(dir);
    expect(figures).toMatchObject({ corrupt: 0, wrongModes: 0, temps: 0 });
    expect(stuck).toBe(0);
    console.log(
      `[figures] file store: ${kills} kill -9 during writes (${LANES} writers at a time, ${figures.writes} writes in all): ${figures.corrupt} corrupt files, ` +
        `${figures.wrongModes} wrong modes, ${stuck} stuck locks, ${Date.now() - started} ms`,
    );
  }, 900_000);
});
