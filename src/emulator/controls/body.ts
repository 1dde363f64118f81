/**
 * JSON bodies of the test controls, parsed losslessly (ids above 2^53 become `bigint`), and their
 * replies.
 *
 * @module
 */

import { isSafeNumber, parse } from 'lossless-json';
import { readBodyText } from '../http/body.js';
import { jsonResponse } from '../http/json.js';

/** A control failure: 400 with `{ error }`. */
export class ControlError extends TypeError {}

/** Reads a JSON object body; an empty body is `{}`. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await readBodyText(request);
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = parse(text, null, (n) => (isSafeNumber(n) ? Number(n) : BigInt(n)));
  } catch {
    throw new ControlError('body must be JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ControlError('body must be a JSON object');
  return value as Record<string, unknown>;
}

/** A control reply. */
export function reply(body: unknown, status = 200): Response {
  return jsonResponse(body, { status });
}

/** A non-negative finite number field, or `undefined` when absent. */
export function numberField(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ControlError(`${name} must be a number`);
  return value;
}
