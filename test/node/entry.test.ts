// The package's `node` export condition: `import 'kakao-oauth'` on Node loads the Node entry, whose
// clients use the undici pool by default (without taking over the app's `fetch` dispatcher); the core entry stays fetch-based and node-free.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

beforeAll(() => {
  readFileSync(join(ROOT, 'dist/node/index.js')); // built by `npm test`'s pretest
});

function probe(code: string): unknown {
  const script = `const m = await import('kakao-oauth'); ${code}`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }),
  );
}

describe("the package's node condition", () => {
  it('resolves kakao-oauth to the Node entry, whose clients use the undici transport', () => {
    const seen = probe(
      `const k = m.createKakaoClient({ restApiKey: 'k' });
       console.log(JSON.stringify({ node: typeof m.createNodeTransport, fetch: k.fetch === undefined, core: typeof m.exchangeCode }));`,
    );
    expect(seen).toEqual({ node: 'function', fetch: true, core: 'function' });
  });

  it("leaves the app's global fetch on Node's own dispatcher, not on the npm undici's Agent", () => {
    const seen = probe(
      `const k = m.createKakaoClient({ restApiKey: 'k' });
       const undici = await import('undici');
       const global = globalThis[Symbol.for('undici.globalDispatcher.1')];
       console.log(JSON.stringify({ set: global !== undefined, npmAgent: global instanceof undici.Agent }));`,
    );
    expect(seen).toEqual({ set: true, npmAgent: false });
  });

  it('keeps the core entry and every chunk it loads free of node: imports', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/from\s*["']node:/);
      for (const [, relative] of code.matchAll(/from\s*["'](\.[^"']+)["']/g))
        visit(join(dirname(file), relative!));
    };
    visit(join(ROOT, 'dist/index.js'));
    expect(seen.size).toBeGreaterThan(1);
  });
});
