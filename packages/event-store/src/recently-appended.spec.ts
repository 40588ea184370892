import { describe, expect, it } from 'vitest';
import { RecentlyAppended } from './recently-appended';
import type { StoredEvent } from './types';

const at = (position: number): StoredEvent => ({ globalPosition: String(position), eventId: `e${position}` }) as StoredEvent;

describe('events held for the relay', () => {
  it('hands each event out once and names the positions it does not hold', () => {
    const held = new RecentlyAppended();
    held.add([at(1), at(2), at(3)]);
    expect(held.take(['2', '4'])).toEqual({ found: [at(2)], missing: ['4'] });
    expect(held.take(['2', '1'])).toEqual({ found: [at(1)], missing: ['2'] });
  });

  it('keeps at most its capacity, the oldest leaving first', () => {
    const held = new RecentlyAppended(3);
    held.add([at(1), at(2)]);
    held.add([at(3), at(4), at(5)]);
    expect(held.take(['1', '2', '3', '4', '5'])).toEqual({ found: [at(3), at(4), at(5)], missing: ['1', '2'] });
  });
});
