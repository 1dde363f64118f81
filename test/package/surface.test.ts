// The public surface, reviewed: each entry's export names (runtime values from `import * as` of the
// built dist/, type-only names from its .d.ts) must equal the committed list in test/package/surface/.
// A name that appears or disappears without that list changing fails here. To change the surface on
// purpose: edit the entry, run `npm run build && UPDATE_SURFACE=1 npx vitest run test/package/surface.test.ts`,
// and commit the list's diff with the change (docs/architecture.md, "The public surface").
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { default: string }>;
};

/**
 * Every entry of package.json `exports`: the name of its committed list (`root`, `emulator-web`…),
 * its source and its build.
 */
const ENTRIES = Object.entries(pkg.exports).flatMap(([subpath, target]) => {
  if (typeof target === 'string') return [];
  const built = target.default.replace(/^\.\//, '').replace(/\.js$/, '');
  const list = subpath === '.' ? 'root' : subpath.slice(2).replaceAll('/', '-');
  return [{ subpath, list, source: built.replace(/^dist\//, 'src/') + '.ts', built }];
});

/**
 * Framework adapters speak their framework: each may export a name another adapter also exports
 * with the same role (`getKakaoSession` of Express and of Hono). Nobody imports two of them for one
 * app, so the name still means one thing where it is used.
 */
const ADAPTERS = new Set(['./express', './hono', './next', './better-auth', './authjs', './passport']);

/**
 * `kakao-oauth` on Node is `./node` (the `node` export condition): its `createKakaoClient` is the
 * core's with the Node transport as default, the same call for the same job on another runtime.
 */
const RUNTIME_VARIANTS = new Set(['.|./node']);

interface Surface {
  /** Names that exist at run time (functions, classes, constants). */
  values: string[];
  /** Names that exist only for the type checker (interfaces, type aliases). */
  types: string[];
}

const HOW_TO_UPDATE =
  'the export list changed. If that is deliberate, run `npm run build && UPDATE_SURFACE=1 npx vitest run ' +
  'test/package/surface.test.ts` and commit test/package/surface/*.json with the change; otherwise ' +
  'restore the entry (an export * or a new export in an entry file reaches users).';

/** Export names of a .d.ts that have no value side (interfaces, type aliases, `export type`). */
function typeOnlyNames(declarationFile: string): string[] {
  const program = ts.createProgram([declarationFile], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(declarationFile);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${declarationFile}: run npm run build first`);
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return (target.flags & ts.SymbolFlags.Value) === 0;
    })
    .map((symbol) => symbol.name)
    .sort();
}

async function builtSurface(built: string): Promise<Surface> {
  const module = (await import(pathToFileURL(join(root, `${built}.js`)).href)) as Record<string, unknown>;
  return { values: Object.keys(module).sort(), types: typeOnlyNames(join(root, `${built}.d.ts`)) };
}

const listPath = (list: string): string => join(root, 'test/package/surface', `${list}.json`);

/** Where a name of a built entry is declared (the .d.ts and the declaration's position). */
function declarationsOf(built: string): Map<string, string> {
  const file = join(root, `${built}.d.ts`);
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${file}: run npm run build first`);
  return new Map(
    checker.getExportsOfModule(module).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target.declarations?.[0];
      return [symbol.name, declaration ? `${declaration.getSourceFile().fileName}:${declaration.pos}` : ''];
    }),
  );
}

it('gives no name two meanings: a name two entries export is one and the same declaration', () => {
  const declared = ENTRIES.map(({ subpath, built }) => ({ subpath, names: declarationsOf(built) }));
  const clashes: string[] = [];
  for (const [i, a] of declared.entries()) {
    for (const b of declared.slice(i + 1)) {
      if (ADAPTERS.has(a.subpath) && ADAPTERS.has(b.subpath)) continue;
      if (RUNTIME_VARIANTS.has(`${a.subpath}|${b.subpath}`)) continue;
      for (const [name, where] of a.names) {
        const other = b.names.get(name);
        if (other !== undefined && other !== where) clashes.push(`${name}: ${a.subpath} and ${b.subpath}`);
      }
    }
  }
  expect(clashes).toEqual([]);
}, 120_000); // one TypeScript program per entry: ~30 s on a loaded 2-core machine

describe.each(ENTRIES)('the $list entry', ({ list, source, built }) => {
  it('exports exactly the reviewed list', async () => {
    const actual = await builtSurface(built);
    if (process.env.UPDATE_SURFACE === '1')
      writeFileSync(listPath(list), `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(listPath(list), 'utf8')) as Surface;
    expect(actual, `${source}: ${HOW_TO_UPDATE}`).toEqual(expected);
  });

  it('is an explicit list (no export *)', () => {
    const text = readFileSync(join(root, source), 'utf8');
    expect(text.match(/export\s+(type\s+)?\*/g) ?? [], `${source} re-exports a whole module`).toEqual([]);
  });

  it('ships declarations without @internal members', () => {
    expect(readFileSync(join(root, `${built}.d.ts`), 'utf8')).not.toContain('@internal');
  });
});
