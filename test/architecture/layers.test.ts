import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  between,
  DOC,
  drawLayers,
  importsOf,
  type Layer,
  layerOf,
  PICTURE_END,
  PICTURE_START,
  readLayers,
  sourceFiles,
  sourceImports,
} from './layers.js';

const doc = readFileSync(DOC, 'utf8');
const layers = readLayers(doc);
const byName = new Map(layers.map((layer) => [layer.name, layer]));

/** Every import that the table forbids, as `file:line imports target (from → to)`. */
function violations(table: readonly Layer[], edges: ReturnType<typeof sourceImports>): string[] {
  return edges.flatMap((edge) => {
    const from = layerOf(table, edge.from);
    const to = layerOf(table, edge.to);
    if (from === undefined || to === undefined || from === to || from.mayImport.includes(to.name)) return [];
    return [`${edge.from}:${edge.line} imports ${edge.to} (${from.name} → ${to.name})`];
  });
}

describe(`the layer table of ${DOC}`, () => {
  it('is well formed: known names, and every allowed import goes to a lower level', () => {
    expect(layers.length).toBeGreaterThan(10);
    for (const layer of layers) {
      expect(Number.isInteger(layer.level), `${layer.name}: level`).toBe(true);
      expect(['client', 'emulator', 'both'], `${layer.name}: side`).toContain(layer.side);
      for (const name of layer.mayImport) {
        const target = byName.get(name);
        expect(target, `${layer.name} may import an unknown layer "${name}"`).toBeDefined();
        expect(target?.level, `${layer.name} may import ${name}, which is not below it`).toBeLessThan(
          layer.level,
        );
      }
    }
  });

  it('places every source file in exactly one layer (add a row or a path when this fails)', () => {
    const homeless = sourceFiles('src').filter((file) => layerOf(layers, file) === undefined);
    expect(homeless).toEqual([]);
  });

  it('leaves no existing layer empty, and keeps planned layers free of files until they are marked built', () => {
    const files = sourceFiles('src');
    for (const layer of layers) {
      const count = files.filter((file) => layerOf(layers, file) === layer).length;
      expect(
        count > 0,
        `${layer.name} is ${layer.planned ? 'planned but has files' : 'built but empty'}`,
      ).toBe(!layer.planned);
    }
  });

  it('allows every import in src/ (imports only go down)', () => {
    expect(violations(layers, sourceImports('.'))).toEqual([]);
  });

  it('catches an upward and a sideways import', () => {
    const upward = importsOf('src/base/config.ts', "import { x } from '../client/tokens/token-set.js';");
    const sideways = importsOf('src/emulator/kapi/a.ts', "export { y } from '../kauth/token.js';");
    expect(violations(layers, [...upward, ...sideways])).toEqual([
      'src/base/config.ts:1 imports src/client/tokens/token-set.ts (base → client)',
      'src/emulator/kapi/a.ts:1 imports src/emulator/kauth/token.ts (emulator/kapi → emulator/kauth)',
    ]);
  });

  it('is drawn by the picture in the document (UPDATE_LAYERS=1 npx vitest run test/architecture redraws it)', () => {
    const picture = drawLayers(layers);
    if (process.env.UPDATE_LAYERS === '1') {
      const drawn = doc.replace(between(doc, PICTURE_START, PICTURE_END), picture);
      writeFileSync(DOC, drawn);
      return;
    }
    expect(between(doc, PICTURE_START, PICTURE_END), 'the picture differs from the table').toBe(picture);
  });
});
