import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi-document';

type Schema = Record<string, unknown>;

function schemas(document: unknown): Schema[] {
  const found: Schema[] = [];
  const pending: unknown[] = [document];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) pending.push(...node);
    else {
      if (typeof (node as Schema).type === 'string') found.push(node as Schema);
      pending.push(...Object.values(node));
    }
  }
  return found;
}

describe('the OpenAPI document’s examples', () => {
  const all = schemas(openApiDocument());

  it('gives every number an example within its bounds, and no count the bound of a safe integer', () => {
    const numbers = all.filter((s) => s.type === 'integer' || s.type === 'number');
    expect(numbers.length).toBeGreaterThan(100);
    for (const s of numbers) {
      expect(typeof s.example).toBe('number');
      if (typeof s.minimum === 'number') expect(s.example).toBeGreaterThanOrEqual(s.minimum);
      if (typeof s.maximum === 'number') expect(s.example).toBeLessThanOrEqual(s.maximum);
      expect([s.minimum, s.maximum]).not.toContain(-Number.MAX_SAFE_INTEGER);
      expect([s.minimum, s.maximum]).not.toContain(Number.MAX_SAFE_INTEGER);
    }
  });

  it('gives every id, instant, day and address an example of its form, matching its pattern', () => {
    const formatted = all.filter((s) => s.type === 'string' && (s.format || s.pattern));
    expect(formatted.length).toBeGreaterThan(100);
    for (const s of formatted) {
      expect(typeof s.example, JSON.stringify(s)).toBe('string');
      if (typeof s.pattern === 'string') expect(s.example).toMatch(new RegExp(s.pattern));
    }
    expect(formatted.filter((s) => s.format === 'date-time').every((s) => s.example === '2026-12-05T09:30:00Z')).toBe(true);
  });
});
