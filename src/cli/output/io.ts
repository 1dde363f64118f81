/**
 * Output discipline: data (JSON, env lines) to stdout, progress and messages to stderr; anything
 * that may hold text from outside goes through {@link terminalSafe} on the way.
 *
 * @module
 */
import { terminalSafe, terminalSafeJson } from './terminal-text.js';

/** A stream the CLI writes to. */
export interface OutStream {
  write(chunk: string): unknown;
  /** True when the stream is a terminal (only then the waiting indicator animates). */
  isTTY?: boolean | undefined;
  /** Terminal width, when known. */
  columns?: number | undefined;
}

/** Where the CLI writes. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
}

/**
 * Writes data as JSON (two-space indent) and a newline to stdout.
 *
 * @example
 * ```ts
 * declare const io: Io;
 * printJson(io, { access_token: '…' });
 * ```
 */
export function printJson(io: Io, data: unknown): void {
  io.stdout.write(`${terminalSafeJson(JSON.stringify(data, jsonReplacer, 2))}\n`);
}

/** Writes a line of data to stdout as is. */
export function printLine(io: Io, line: string): void {
  io.stdout.write(`${terminalSafe(line)}\n`);
}

/** Writes a message line to stderr. */
export function note(io: Io, message: string): void {
  io.stderr.write(`${terminalSafe(message)}\n`);
}

function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
