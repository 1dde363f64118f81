// The CLI's folders, one concern each, and imports that only go down the layers below. A new file
// at the top level, or an import that climbs, fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve(import.meta.dirname, '../../src/cli');

/** Each folder and the folders it may import from (the top-level files are the shared base). */
const LAYERS = new Map<string, readonly string[]>([
  ['output', []],
  ['config', []],
  ['emulator', []],
  ['args', ['config', 'output']],
  ['session', ['args', 'config', 'output']],
  ['login', ['args', 'output']],
  ['doctor', ['config', 'login', 'output', 'session']],
  ['commands', ['args', 'config', 'doctor', 'emulator', 'login', 'output', 'session']],
]);
const TOP_LEVEL = ['errors.ts', 'exit-codes.ts', 'main.ts', 'run.ts'];

describe('src/cli layout', () => {
  it('keeps only the entry and the shared base at the top; everything else in a folder', () => {
    const entries = readdirSync(CLI, { withFileTypes: true });
    expect(
      entries
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort(),
    ).toEqual(TOP_LEVEL);
    expect(
      entries
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort(),
    ).toEqual([...LAYERS.keys()].sort());
  });

  it('imports only go down: a folder imports the base and the folders below it', () => {
    const climbing: string[] = [];
    for (const [folder, allowed] of LAYERS) {
      for (const file of readdirSync(join(CLI, folder))) {
        const text = readFileSync(join(CLI, folder, file), 'utf8');
        for (const [, target] of text.matchAll(/from '\.\.\/([a-z-]+)\//g)) {
          if (!allowed.includes(target!)) climbing.push(`${folder}/${file} → ${target}/`);
        }
      }
    }
    expect(climbing).toEqual([]);
  });

  it('top-level base files import no folder', () => {
    for (const file of ['errors.ts', 'exit-codes.ts']) {
      expect(readFileSync(join(CLI, file), 'utf8')).not.toMatch(/from '\.\/[a-z-]+\//);
    }
  });
});
