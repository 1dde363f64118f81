// Type-checks every `@example` block of the TSDoc in src/ (run by `npm run typecheck`, so by CI).
//
// Each example becomes one module that imports the package's public names the way a user would
// (every entry of package.json `exports`, mapped to the sources), plus — for an example on an
// internal function — the exports of the file it documents. Names an example uses without defining
// must be declared in it, `declare const kakao: KakaoClient;` style. All examples are checked in one
// TypeScript program; a failure prints the example's file:line and the compiler's message.
//
//   node scripts/check-examples.mjs [--keep] [--root DIR]
//   (--keep leaves the generated files for inspection; --root checks another package folder)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PUBLIC_ENTRIES } from './entries.mjs';

const rootArg = process.argv.indexOf('--root');
const root =
  rootArg > 0 ? path.resolve(process.argv[rootArg + 1] ?? '.') : path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'node_modules', '.cache', 'check-examples');

/** The package entries (package.json `exports`), as a user imports them. */
const ENTRIES = Object.fromEntries(PUBLIC_ENTRIES);

const sourceFiles = (dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
    .sort();

/** `@example` tags with no fenced TypeScript block (reported as failures). */
const unfenced = [];

/** Every ```ts block after an `@example` tag: its file, the 1-based line of its first code line. */
function examplesOf(file) {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const examples = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i])) continue;
    const open = lines.findIndex((line, j) => j > i && /^\s*\*\s*```(ts|typescript)?\s*$/.test(line));
    const close = lines.findIndex((line, j) => j > open && /^\s*\*\s*```\s*$/.test(line));
    if (open < 0 || close < 0 || lines.slice(i + 1, open).some((line) => /^\s*\*\s*@\w/.test(line))) {
      unfenced.push(`${file}:${i + 1}: @example without a \`\`\`ts block`);
      continue;
    }
    const code = lines.slice(open + 1, close).map((line) => line.replace(/^\s*\* ?/, ''));
    examples.push({ file, line: open + 2, code });
    i = close;
  }
  return examples;
}

/** Names a module exports (its own `export` declarations and re-exports), for the preludes. */
function exportedNames(program, checker, file) {
  const source = program.getSourceFile(path.join(root, file));
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) return [];
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return { name: symbol.name, typeOnly: (target.flags & ts.SymbolFlags.Value) === 0 };
  });
}

/** Identifiers an example imports or declares itself (so the prelude leaves them out). */
function ownNames(code) {
  const text = code.join('\n');
  const names = new Set();
  for (const match of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of match[1].split(','))
      names.add(
        part
          .replace(/\btype\b/, '')
          .split(' as ')
          .pop()
          .trim(),
      );
  }
  const declared = /\b(?:const|let|var|function\*?|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g;
  for (const match of text.matchAll(declared)) names.add(match[1]);
  for (const match of text.matchAll(/\b(?:const|let|var)\s+\{([^}=]*)\}/g)) {
    for (const part of match[1].split(',')) names.add(part.split(':').pop().trim());
  }
  return names;
}

/** An example's relative import (`'../http/json.js'`) is relative to the file it documents. */
function relocate(line, file) {
  return line.replace(/(from\s+')(\.{1,2}\/[^']+)'/, (_, from, specifier) => {
    const target = path.join(root, path.dirname(file), specifier);
    return `${from}${path.relative(outDir, target).split(path.sep).join('/')}'`;
  });
}

/** The names a source file imports from its relative imports, as `{ names, from }` for a prelude. */
function importsOf(file) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found = [];
  for (const match of text.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(\.{1,2}\/[^']+)';/gm)) {
    const names = match[2]
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => ({
        name: part
          .replace(/^type\s+/, '')
          .split(' as ')
          .pop()
          .trim(),
        spec: part.replace(/^type\s+/, ''),
        typeOnly: Boolean(match[1]) || part.startsWith('type '),
      }));
    const from = path
      .relative(outDir, path.join(root, path.dirname(file), match[3]))
      .split(path.sep)
      .join('/');
    found.push({ names, from });
  }
  return found;
}

function importLine(names, from) {
  const list = names.map(({ name, spec = name, typeOnly }) => (typeOnly ? `type ${spec}` : spec));
  return list.length === 0 ? '' : `import { ${list.join(', ')} } from '${from}';`;
}

const options = {
  ...ts.convertCompilerOptionsFromJson(
    JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions,
    root,
  ).options,
  noEmit: true,
  types: ['node'],
  paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, [path.join(root, file)]])),
};

const files = sourceFiles('src');
const base = ts.createProgram(
  files.map((file) => path.join(root, file)),
  options,
);
const checker = base.getTypeChecker();
const publicNames = new Map(
  Object.entries(ENTRIES).map(([name, file]) => [name, exportedNames(base, checker, file)]),
);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const generated = new Map();
for (const example of files.flatMap(examplesOf)) {
  const own = ownNames(example.code);
  // A name exported by several entries (kakao-oauth/emulator repeats kakao-oauth/emulator/web) is
  // imported once, from the first entry that has it.
  // Names resolve as a reader of the documented file sees them: the file's own exports first, then
  // the public entries (several adapters export a `getKakaoSession` of their own), then the names
  // the file itself imports (an internal type such as `WebContext`).
  const taken = new Set(own);
  const fresh = (names) => names.filter(({ name }) => !taken.has(name) && taken.add(name));
  const target = path.join(root, example.file).replace(/\.ts$/, '.js');
  const prelude = [
    importLine(
      fresh(exportedNames(base, checker, example.file)),
      path.relative(outDir, target).split(path.sep).join('/'),
    ),
    ...[...publicNames].map(([entry, names]) => importLine(fresh(names), entry)),
    ...importsOf(example.file).map(({ names, from }) => importLine(fresh(names), from)),
  ];
  const header = [...prelude.filter(Boolean), 'export {};'];
  const code = example.code.map((line) => relocate(line, example.file));
  const name = path.join(outDir, `${example.file.replaceAll('/', '__')}__${example.line}.mts`);
  writeFileSync(name, `${header.join('\n')}\n${code.join('\n')}\n`);
  generated.set(name, { ...example, offset: header.length });
}

const program = ts.createProgram([...generated.keys()], options, undefined, base);
const failures = ts
  .getPreEmitDiagnostics(program)
  .filter((diagnostic) => diagnostic.file && generated.has(path.normalize(diagnostic.file.fileName)));
for (const diagnostic of failures) {
  const example = generated.get(path.normalize(diagnostic.file.fileName));
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  const at = line < example.offset ? example.line : example.line + line - example.offset;
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
  console.error(`${example.file}:${at} (@example at line ${example.line}): TS${diagnostic.code} ${message}`);
}
for (const line of unfenced) console.error(line);
if (!process.argv.includes('--keep')) rmSync(outDir, { recursive: true, force: true });
const broken = new Set(failures.map((diagnostic) => diagnostic.file.fileName)).size + unfenced.length;
console.log(`check-examples: ${generated.size} @example blocks, ${broken} failing`);
process.exitCode = broken === 0 ? 0 : 1;
