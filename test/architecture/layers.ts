/**
 * The layer table of docs/architecture.md, read from the document itself, and the import graph of
 * src/, read from the import statements; the test beside compares the two.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One row of the table: a layer, where it lives and what it may import. */
export interface Layer {
  readonly name: string;
  readonly level: number;
  readonly side: string;
  readonly planned: boolean;
  readonly paths: readonly string[];
  readonly mayImport: readonly string[];
}

/** One relative import of one source file. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly line: number;
}

export const DOC = 'docs/architecture.md';
const TABLE_START = '<!-- layers:table -->';
const TABLE_END = '<!-- /layers:table -->';
export const PICTURE_START = '<!-- layers:picture (drawn from the table by test/architecture) -->';
export const PICTURE_END = '<!-- /layers:picture -->';

/** The text between two markers of `doc`; throws when a marker is missing. */
export function between(doc: string, start: string, end: string): string {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${DOC} lacks the markers ${start} … ${end}`);
  return doc.slice(from + start.length, to);
}

const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

const names = (cell: string): string[] =>
  cell === '—' ? [] : cell.split(',').map((name) => name.replaceAll('`', '').trim());

/** Parses the markdown table between the layer-table markers. */
export function readLayers(doc: string): Layer[] {
  const rows = between(doc, TABLE_START, TABLE_END)
    .split('\n')
    .filter((row) => row.trim().startsWith('|'))
    .slice(2);
  return rows.map((row) => {
    const [name = '', level = '', side = '', status = '', where = '', mayImport = ''] = cells(row);
    return {
      name: name.replaceAll('`', ''),
      level: Number(level),
      side,
      planned: status === 'planned',
      paths: names(where),
      mayImport: names(mayImport),
    };
  });
}

/** Every `.ts` file under `dir`, as a path relative to the repository root. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file).split(path.sep).join('/'))
    .sort();
}

/**
 * The relative imports of `file` (static, re-exports and dynamic), resolved to `.ts` paths. The
 * TypeScript pre-processor reads them, so an `import` inside a comment (a TSDoc example) is not one.
 */
export function importsOf(file: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.filter(({ fileName }) => fileName.startsWith('./') || fileName.startsWith('../'))
    .map(({ fileName, pos }) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName));
      const line = source.getLineAndCharacterOfPosition(pos).line + 1;
      return { from: file, to: target.replace(/\.js$/, '.ts'), line };
    });
}

/** The layer a file belongs to: the row with the longest matching path (a folder ends in `/`). */
export function layerOf(layers: readonly Layer[], file: string): Layer | undefined {
  let best: Layer | undefined;
  let bestLength = -1;
  for (const layer of layers) {
    for (const where of layer.paths) {
      const hit = where.endsWith('/') ? file.startsWith(where) : file === where;
      if (hit && where.length > bestLength) {
        best = layer;
        bestLength = where.length;
      }
    }
  }
  return best;
}

/** All relative imports under src/, read from disk. */
export function sourceImports(root: string): ImportEdge[] {
  return sourceFiles('src').flatMap((file) => importsOf(file, readFileSync(path.join(root, file), 'utf8')));
}

const box = (layer: Layer): string => (layer.planned ? `[ ${layer.name} ]*` : `[ ${layer.name} ]`);

/**
 * Draws the table as text: one line per level, highest first, the client side on the left and the
 * emulator side on the right (a layer on both sides spans the line). `*` marks planned layers.
 */
export function drawLayers(layers: readonly Layer[]): string {
  const levels = [...new Set(layers.map((layer) => layer.level))].sort((a, b) => b - a);
  const at = (level: number, side: string): string =>
    layers
      .filter((layer) => layer.level === level && layer.side === side)
      .map(box)
      .join(' ');
  const width = Math.max(...levels.map((level) => at(level, 'client').length), 'client side'.length) + 4;
  const lines = [`level  ${'client side'.padEnd(width)}emulator side`];
  for (const level of levels) {
    const both = at(level, 'both');
    const row = both !== '' ? both : `${at(level, 'client').padEnd(width)}${at(level, 'emulator')}`;
    lines.push(`${String(level).padStart(5)}  ${row}`.trimEnd());
  }
  lines.push('', 'A layer imports only from layers listed in its row, all on lower levels. * = planned.');
  return `\n\`\`\`text\n${lines.join('\n')}\n\`\`\`\n`;
}
