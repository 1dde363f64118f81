/**
 * Lossless JSON: integers beyond 2^53 (Kakao user ids) are kept as decimal strings.
 *
 * Parsing is one scan of the text that quotes unsafe integer literals, then the native
 * `JSON.parse`; text without a run of 16 digits (no unsafe integer can hide there) skips the scan.
 *
 * @module
 */

/** Every integer above `Number.MAX_SAFE_INTEGER` (16 digits) has at least 16 digits. */
const LONG_DIGITS = /\d{16}/;
/** A JSON number; groups 1 and 2 are its fraction and exponent. */
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
/** Characters that may follow a number in valid JSON. */
const AFTER_NUMBER = /^[\s,\]}]?$/;

/**
 * Parses JSON like `JSON.parse`, except that integers outside the safe range become decimal
 * strings, so `{"id":1376016924426111111}` gives `{ id: '1376016924426111111' }`.
 *
 * @throws SyntaxError on malformed JSON.
 * @example
 * ```ts
 * parseJsonLossless('{"id":1376016924426111111}'); // { id: '1376016924426111111' }
 * ```
 */
export function parseJsonLossless(text: string): unknown {
  return JSON.parse(LONG_DIGITS.test(text) ? quoteUnsafeIntegers(text) : text);
}

/** Where the scan is, the last significant character, and the open containers (`{`/`[`). */
interface Scan {
  readonly text: string;
  at: number;
  last: string;
  readonly open: string[];
}

/** Wraps each unsafe integer literal in value position in quotes; everything else is kept. */
function quoteUnsafeIntegers(text: string): string {
  const scan: Scan = { text, at: 0, last: '', open: [] };
  let out = '';
  let copied = 0;
  while (scan.at < text.length) {
    const start = scan.at;
    if (!nextToken(scan)) continue;
    out += `${text.slice(copied, start)}"${text.slice(start, scan.at)}"`;
    copied = scan.at;
  }
  return out + text.slice(copied);
}

/** Steps over one token; `true` when it was an unsafe integer value to quote. */
function nextToken(scan: Scan): boolean {
  const char = scan.text[scan.at] ?? '';
  if (char === '"') {
    scan.at = stringEnd(scan.text, scan.at);
    scan.last = char;
    return false;
  }
  if (char === '-' || (char >= '0' && char <= '9')) return numberToken(scan);
  if (char === '{' || char === '[') scan.open.push(char);
  else if (char === '}' || char === ']') scan.open.pop();
  if (char.trim() !== '') scan.last = char;
  scan.at += 1;
  return false;
}

/** Index just past the string starting at `at` (the text's end when it is unterminated). */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '"') return i + 1;
  }
  return text.length;
}

/** Steps over a number; `true` when it is an unsafe integer in a place where a value belongs. */
function numberToken(scan: Scan): boolean {
  const isValue = atValuePosition(scan);
  scan.last = '0';
  NUMBER.lastIndex = scan.at;
  const match = NUMBER.exec(scan.text);
  if (match === null) {
    scan.at += 1;
    return false;
  }
  scan.at += match[0].length;
  const integer = match[1] === undefined && match[2] === undefined;
  const delimited = AFTER_NUMBER.test(scan.text[scan.at] ?? '');
  return isValue && integer && delimited && !Number.isSafeInteger(Number(match[0]));
}

/** A value (not an object key) starts here: top level, after `:`, or in an array. */
function atValuePosition(scan: Scan): boolean {
  const inArray = scan.open.at(-1) === '[';
  return scan.last === ':' || scan.last === '[' || (scan.last === ',' && inArray) || scan.last === '';
}

/**
 * Serialises like `JSON.stringify`, but writes `bigint`s as plain JSON numbers.
 *
 * @example
 * ```ts
 * stringifyJson([1376016924426111111n]); // '[1376016924426111111]'
 * ```
 */
export function stringifyJson(value: unknown): string {
  return write(value) ?? 'null';
}

/** One value as JSON text; `undefined` where `JSON.stringify` would leave the value out. */
function write(value: unknown): string | undefined {
  if (typeof value === 'bigint') return String(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return write((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const text = write(member);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}
