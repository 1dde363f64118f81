// Every code snippet in the README and docs/ is a region of a file in examples/ (marked in the
// Markdown with `<!-- example: examples/FILE#REGION -->`), identical to it, and every example runs
// against the emulator. The docs cite Kakao's public pages, never a private spec.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { region } from '../../scripts/sync-doc-examples.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const CODE_FENCE = /^```(ts|js|mjs|typescript|javascript)\n([\s\S]*?)^```$/gm;
const MARKER = /<!-- example: (examples\/[\w./-]+\.mjs)#([\w-]+)[^>]*-->\n$/;

function snippets(doc: string): { marker: RegExpExecArray | null; body: string }[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return [...text.matchAll(CODE_FENCE)].map((m) => ({
    marker: MARKER.exec(text.slice(Math.max(0, m.index - 300), m.index)),
    body: m[2]!.replace(/\n$/, ''),
  }));
}

const referenced = new Set<string>();

describe.each(DOCS)('%s', (doc) => {
  it('shows only code that is a region of an example file, exactly', () => {
    for (const { marker, body } of snippets(doc)) {
      expect(
        marker,
        `a snippet in ${doc} has no <!-- example: … --> marker:\n${body.slice(0, 200)}`,
      ).not.toBeNull();
      const [, file, name] = marker!;
      expect(existsSync(join(ROOT, file!)), `${file} is missing`).toBe(true);
      expect(body, `${doc} differs from ${file}#${name}: run node scripts/sync-doc-examples.mjs`).toBe(
        region(readFileSync(join(ROOT, file!), 'utf8'), name!),
      );
      referenced.add(file!);
    }
  });

  it("cites Kakao's public pages, not the private spec or its section numbers", () => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    expect(text).not.toMatch(/kakao-login-spec/);
    expect(text.replace(/RFC \d+ §[\d.]+/g, '')).not.toMatch(/§/);
  });
});

describe('examples/', () => {
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.mjs'));

  it('every example is shown somewhere in the docs', () => {
    for (const doc of DOCS) for (const { marker } of snippets(doc)) if (marker) referenced.add(marker[1]!);
    expect(examples.map((f) => `examples/${f}`).filter((f) => !referenced.has(f))).toEqual([]);
  });

  it.each(examples.filter((f) => f !== 'quickstart.mjs'))('%s runs against the emulator', (file) => {
    const run = spawnSync(process.execPath, [join('examples', file)], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe('');
  });
});
