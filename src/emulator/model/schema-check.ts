/**
 * A JSON Schema checker for the emulator's own schemas (the config, the test controls' bodies):
 * the 2020-12 keywords they use — `type`, `enum`, `required`, `properties`,
 * `additionalProperties: false`, `items`, local `$ref`, `oneOf`, `pattern`, `minLength`, `maxLength`,
 * `minimum`, `maximum`. Keys come from the request, so objects are read with `Object.hasOwn`.
 *
 * @module
 */

/** A JSON Schema (the subset above; other keywords such as `description` are ignored). */
export interface JsonSchema {
  readonly type?: string | undefined;
  readonly enum?: readonly unknown[] | undefined;
  readonly required?: readonly string[] | undefined;
  readonly properties?: Readonly<Record<string, JsonSchema>> | undefined;
  readonly additionalProperties?: boolean | undefined;
  readonly items?: JsonSchema | undefined;
  readonly $ref?: string | undefined;
  readonly $defs?: Readonly<Record<string, JsonSchema>> | undefined;
  readonly oneOf?: readonly JsonSchema[] | undefined;
  readonly pattern?: string | undefined;
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly minimum?: number | undefined;
  readonly maximum?: number | undefined;
  readonly description?: string | undefined;
  readonly [keyword: string]: unknown;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'an array',
  object: 'a JSON object',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOk(type: string, value: unknown): boolean {
  if (type === 'integer') return typeof value === 'number' && Number.isSafeInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isObject(value);
  return typeof value === type;
}

function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.replace('#/$defs/', '');
  const target = root.$defs && Object.hasOwn(root.$defs, name) ? root.$defs[name] : undefined;
  if (!target) throw new TypeError(`schema: unknown $ref ${schema.$ref}`);
  return target;
}

function checkScalar(schema: JsonSchema, value: unknown, path: string): string | undefined {
  if (schema.enum && !schema.enum.includes(value)) {
    return `${path} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return `${path} must not be empty`;
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      return `${path} must be at most ${schema.maxLength} characters`;
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) {
      return `${path} must match ${schema.pattern}`;
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      return `${path} must be at least ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum)
      return `${path} must be at most ${schema.maximum}`;
  }
  return undefined;
}

function checkObject(root: JsonSchema, schema: JsonSchema, value: Record<string, unknown>, path: string) {
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(value, name)) return `${path}.${name} is required`;
  }
  const properties = schema.properties ?? {};
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (Object.hasOwn(properties, name)) {
      const problem = check(root, properties[name]!, item, `${path}.${name}`);
      if (problem) return problem;
    } else if (schema.additionalProperties === false) {
      const known = Object.keys(properties);
      return `${path}.${name} is not a known field${known.length ? ` (known: ${known.join(', ')})` : ''}`;
    }
  }
  return undefined;
}

function check(root: JsonSchema, given: JsonSchema, value: unknown, path: string): string | undefined {
  const schema = resolve(root, given);
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((option) => check(root, option, value, path) === undefined);
    if (passing.length === 1) return undefined;
    return check(root, schema.oneOf[0]!, value, path) ?? `${path} is ambiguous`;
  }
  if (schema.type !== undefined && !typeOk(schema.type, value)) {
    return `${path} must be ${TYPE_NAMES[schema.type] ?? schema.type}`;
  }
  const problem = checkScalar(schema, value, path);
  if (problem) return problem;
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) {
      const itemProblem = check(root, schema.items, item, `${path}[${i}]`);
      if (itemProblem) return itemProblem;
    }
  }
  return isObject(value) ? checkObject(root, schema, value, path) : undefined;
}

/**
 * The first problem of `value` against `schema` (`settings.rateLimits must be true or false`),
 * or `undefined` when it conforms. `name` starts every path.
 *
 * @example
 * ```ts
 * schemaProblem({ type: 'object', properties: { set: { type: 'integer' } } }, { set: 'x' }, 'body');
 * // 'body.set must be an integer'
 * ```
 */
export function schemaProblem(
  schema: JsonSchema,
  value: unknown,
  name: string,
  root: JsonSchema = schema,
): string | undefined {
  return check(root, schema, value, name);
}
