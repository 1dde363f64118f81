// Copies each example region into the README and docs/ where a snippet is marked with
// `<!-- example: examples/FILE#REGION -->`, so the docs show exactly the code the tests run
// (test/examples/docs-snippets.test.ts fails when they differ).
//
//   node scripts/sync-doc-examples.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const SNIPPET = /(<!-- example: (examples\/[\w./-]+\.mjs)#([\w-]+)[^>]*-->\n```js\n)[\s\S]*?(^```$)/gm;

/** The lines between `// #region NAME` and `// #endregion NAME`, every such region in order. */
export function region(text, name) {
  const out = [];
  let inside = false;
  for (const line of text.split('\n')) {
    if (line.trim() === `// #region ${name}`) inside = true;
    else if (line.trim() === `// #endregion ${name}`) inside = false;
    else if (inside) out.push(line);
  }
  return out.join('\n');
}

function syncAll() {
  for (const doc of DOCS) syncDoc(doc);
}

function syncDoc(doc) {
  const text = readFileSync(doc, 'utf8');
  const synced = text.replace(
    SNIPPET,
    (_all, head, file, name, fence) => `${head}${region(readFileSync(file, 'utf8'), name)}\n${fence}`,
  );
  if (synced !== text) {
    writeFileSync(doc, synced);
    console.log(`updated ${doc}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) syncAll();
