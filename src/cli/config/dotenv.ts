/**
 * A small `.env` reader: `KEY=value` lines, optional `export `, single or double quotes, `#`
 * comments. Enough for the six KAKAO_* names; no variable expansion.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * Parses the text of a `.env` file. Later lines win; lines that are not assignments are ignored.
 *
 * @example
 * ```ts
 * parseDotenv('KAKAO_REST_API_KEY="abc" # my app\n'); // { KAKAO_REST_API_KEY: 'abc' }
 * ```
 */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const match = LINE.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    out[match[1]!] = parseValue(match[2]!);
  }
  return out;
}

function parseValue(raw: string): string {
  const double = /^"((?:[^"\\]|\\.)*)"/.exec(raw);
  if (double) return double[1]!.replace(/\\([nrt"\\])/g, (_, c: string) => ESCAPES[c]!);
  const single = /^'([^']*)'/.exec(raw);
  if (single) return single[1]!;
  const comment = raw.search(/\s#/);
  return (comment >= 0 ? raw.slice(0, comment) : raw).trim();
}

/**
 * Reads `.env` from a directory, or returns `{}` when there is none.
 *
 * @throws Error when the file exists but cannot be read.
 */
export function readDotenv(dir: string): Record<string, string> {
  try {
    return parseDotenv(readFileSync(join(dir, '.env'), 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
}
