// Reference docs (npm run docs → docs/api/) of every public entry in package.json `exports`.
import { PUBLIC_ENTRIES } from './scripts/entries.mjs';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: PUBLIC_ENTRIES.map(([, source]) => source),
  tsconfig: 'tsconfig.build.json',
  out: 'docs/api',
  name: 'kakao-oauth',
  excludePrivate: true,
  excludeInternal: true,
  treatWarningsAsErrors: false,
};
