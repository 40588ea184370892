import { describe, expect, it } from 'vitest';
import { validate, version } from 'uuid';
import { newEventId } from './event-ids';

describe('event ids', () => {
  it('are unique UUIDv7s in increasing order, also within one millisecond', () => {
    const ids = Array.from({ length: 5_000 }, () => newEventId());
    expect(ids.every((id) => validate(id) && version(id) === 7)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('carry the time they were made', () => {
    const before = Date.now();
    const id = newEventId();
    const msecs = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    expect(msecs).toBeGreaterThanOrEqual(before);
    expect(msecs).toBeLessThanOrEqual(Date.now() + 1);
  });
});
