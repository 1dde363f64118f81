/**
 * A minimal JSON Schema (2020-12 subset) checker for our own schema file: type, enum, required,
 * properties, additionalProperties: false, items, $ref (local), oneOf, pattern, minLength, minimum.
 */
type Schema = Record<string, unknown>;

function typeOk(type: string, value: unknown): boolean {
  if (type === 'integer') return Number.isInteger(value) || typeof value === 'bigint';
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

/** Returns the problems found (empty = valid). */
export function validate(root: Schema, value: unknown, schema: Schema = root, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    return validate(
      root,
      value,
      (root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')]!,
      path,
    );
  }
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Schema[]).filter((s) => validate(root, value, s, path).length === 0);
    return passing.length === 1 ? [] : [`${path}: matches ${passing.length} of oneOf`];
  }
  const problems: string[] = [];
  if (typeof schema.type === 'string' && !typeOk(schema.type, value)) return [`${path}: not ${schema.type}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: not in enum`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
      problems.push(`${path}: pattern`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      problems.push(`${path}: too short`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum)
    problems.push(`${path}: < minimum`);
  if (Array.isArray(value) && schema.items) {
    for (const [i, v] of value.entries())
      problems.push(...validate(root, v, schema.items as Schema, `${path}[${i}]`));
  }
  if (typeOk('object', value) && schema.properties) {
    const obj = value as Record<string, unknown>;
    const props = schema.properties as Record<string, Schema>;
    for (const name of (schema.required as string[] | undefined) ?? [])
      if (!(name in obj)) problems.push(`${path}.${name}: required`);
    for (const [name, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      if (props[name]) problems.push(...validate(root, v, props[name], `${path}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${name}: not allowed`);
    }
  }
  return problems;
}
