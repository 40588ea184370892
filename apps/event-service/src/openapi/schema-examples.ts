/**
 * Examples a reader recognises, for every schema of the OpenAPI document that has none:
 * without them, documentation tools make values up from the bounds and patterns
 * (`-9007199254740991` for a count, `5352-02-29T22:42:46-23:27` for an instant).
 * Integers also lose the ±2^53 bounds Zod gives every safe integer, which say nothing.
 */
const SAFE = Number.MAX_SAFE_INTEGER;

const byFormat: Record<string, string> = {
  uuid: '0190d8c4-5e1a-7000-8000-000000000001',
  'date-time': '2026-12-05T09:30:00Z',
  date: '2026-12-05',
  email: 'ana.ruiz@example.com',
  uri: 'https://rapport.example.com',
};

type Schema = Record<string, unknown>;

const within = (value: number, schema: Schema): number => {
  const min =
    typeof schema.minimum === 'number'
      ? schema.minimum
      : typeof schema.exclusiveMinimum === 'number'
        ? schema.exclusiveMinimum + 1
        : -Infinity;
  const max =
    typeof schema.maximum === 'number'
      ? schema.maximum
      : typeof schema.exclusiveMaximum === 'number'
        ? schema.exclusiveMaximum - 1
        : Infinity;
  return Math.min(Math.max(value, min), max);
};

function exampleOf(schema: Schema): unknown {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.type === 'integer') return within(3, schema);
  if (schema.type === 'number') return within(12.5, schema);
  if (schema.type === 'string' && typeof schema.format === 'string' && byFormat[schema.format]) return byFormat[schema.format];
  if (schema.type === 'string' && typeof schema.pattern === 'string') {
    const candidates = [byFormat['date-time'], byFormat.date, byFormat.uuid, '42'];
    return candidates.find((c) => new RegExp(schema.pattern as string).test(c!));
  }
  return undefined;
}

/** Adds an example to every typed schema without one (in place) and drops the safe-integer bounds; returns the document. */
export function withExamples<T>(document: T): T {
  const pending: unknown[] = [document];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    const schema = node as Schema;
    if (schema.type === 'integer' || schema.type === 'number') {
      if (schema.minimum === -SAFE) delete schema.minimum;
      if (schema.maximum === SAFE) delete schema.maximum;
    }
    if (schema.example === undefined && schema.examples === undefined && typeof schema.type === 'string') {
      const example = exampleOf(schema);
      if (example !== undefined) schema.example = example;
    }
    pending.push(...Object.values(schema));
  }
  return document;
}
