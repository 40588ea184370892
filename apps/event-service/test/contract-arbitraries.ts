import fc from 'fast-check';
import { z } from 'zod';

/** The parts of a JSON Schema (as zod writes them) the generator reads. */
interface Schema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxItems?: number;
}

/** Values an attacker tries in any field: control characters, lone surrogates, extremes, look-alikes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udc00',
    '\u202e',
    '𝕽👩🏽‍💼',
    "' OR 1=1 --",
    '<script>',
    '__proto__',
    'constructor',
    '0000-01-01T00:00:00Z',
    '1969-12-31T23:59:59Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00.000Z',
    '2026-02-30T00:00:00Z',
    '9999999999999999999',
    '-1',
    '1e309',
    'NaN',
    '',
    ' ',
    'x'.repeat(10_000),
  ),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 31, -1, 0, 1e308, -1e308, 0.5),
  fc.constantFrom(null, true, [], {}, { __proto__: { admin: true } }, [[[[[]]]]]),
);

/**
 * An arbitrary of values shaped by a route's contract schema: mostly values of the right
 * kind (enums, ids of known people, instants, bounded numbers) so requests get past the
 * schema and into the handlers, with hostile values mixed in at every level.
 */
export function contractArbitrary(schema: z.ZodType, knownIds: readonly string[]): fc.Arbitrary<unknown> {
  return arbitraryOf(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Schema, knownIds, 0);
}

function arbitraryOf(schema: Schema, knownIds: readonly string[], depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: shaped(schema, knownIds, depth), weight: 5 }, { arbitrary: hostileValue, weight: 1 });
}

function shaped(schema: Schema, knownIds: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((s) => shaped(s, knownIds, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      if (depth > 4) return fc.constant({});
      const entries = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      const record = fc.record(Object.fromEntries(entries.map(([name, s]) => [name, arbitraryOf(s, knownIds, depth + 1)])), {
        requiredKeys: entries.map(([name]) => name).filter((name) => required.has(name)),
      });
      return fc
        .tuple(record, fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor'), hostileValue), { freq: 8 }))
        .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
    }
    case 'array':
      return depth > 4
        ? fc.constant([])
        : fc.array(arbitraryOf(schema.items ?? {}, knownIds, depth + 1), { maxLength: Math.min(schema.maxItems ?? 6, 6) });
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e6), max: Math.min(schema.maximum ?? 1000, 1e6) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...knownIds), fc.uuid({ version: 4 }));
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('1969-06-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (schema.format === 'date')
        return fc
          .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'email') return fc.emailAddress();
      return fc.string({ maxLength: 40 });
    default:
      return hostileValue;
  }
}
