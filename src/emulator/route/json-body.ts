/**
 * JSON bodies of the test controls, parsed losslessly (integers above 2^53 become decimal strings),
 * checked against their schemas, and their replies.
 *
 * @module
 */

import { parseJsonLossless } from '../../base/http/json.js';
import { readBodyText } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { type JsonSchema, schemaProblem } from '../model/schema-check.js';

/** A control failure: 400 with `{ error }`. */
export class ControlError extends TypeError {}

/**
 * Reads a JSON object body (an empty body is `{}`) and checks it against `schema`; `name` starts
 * the path of a problem (`clock.set must be …`).
 *
 * @throws ControlError naming the first field that does not conform.
 */
export async function readJsonBody(
  request: Request,
  schema: JsonSchema,
  name: string,
): Promise<Record<string, unknown>> {
  const body = await parseJsonBody(request);
  const problem = schemaProblem(schema, body, name);
  if (problem) throw new ControlError(problem);
  return body;
}

async function parseJsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await readBodyText(request);
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = parseJsonLossless(text);
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
