import { describe, expect, it } from 'vitest';
import type { RelationshipView } from '@rapport/contracts';
import { egoLayout } from './ego-layout';

const tie = (counterpartId: string, strength: number): RelationshipView =>
  ({ counterpartId, counterpartName: counterpartId, strength, tier: 'weak', explanation: {} }) as unknown as RelationshipView;

describe('ego network layout', () => {
  it('puts stronger ties closer to the person in the middle', () => {
    const [strong, weak] = ['strong', 'weak'].map((id) =>
      egoLayout([tie('strong', 90), tie('weak', 5)], () => 'Sales').find((n) => n.id === id)!,
    );
    expect(Math.hypot(strong!.x, strong!.y)).toBeLessThan(Math.hypot(weak!.x, weak!.y));
  });

  it('keeps colleagues of one department next to each other around the ring', () => {
    const departments: Record<string, string> = { a: 'Sales', b: 'Finance', c: 'Sales', d: 'Finance' };
    const nodes = egoLayout([tie('a', 50), tie('b', 50), tie('c', 40), tie('d', 40)], (id) => departments[id] ?? null);
    expect(nodes.map((n) => n.department)).toEqual(['Finance', 'Finance', 'Sales', 'Sales']);
  });
});
