import { describe, expect, it } from 'vitest';
import { activeTieGraph, weightedAdjacency } from './active-tie-graph';
import { structuralHoles } from './structural-holes';

const holesOf = (ties: Array<[string, string, number]>, people: string[] = []) =>
  structuralHoles(
    weightedAdjacency(
      activeTieGraph(
        people,
        ties.map(([personA, personB, strength]) => ({ personA, personB, strength })),
      ),
    ),
  );

// Expected values derived by hand from NetworkX's definitions (see structural-holes.ts).
describe('Burt’s constraint and effective size as NetworkX defines them', () => {
  it('weighs a triangle a–b 20, a–c 10, b–c 10: constraint(a) = 325/324, effective size(a) = 7/6', () => {
    // p(a,b) = 2/3, p(a,c) = 1/3, p(b,c) = 1/3, p(c,b) = 1/2.
    // constraint(a) = (2/3 + 1/3·1/2)² + (1/3 + 2/3·1/3)² = 25/36 + 25/81 = 325/324.
    // m(b,c) = 10/20, m(c,b) = 10/10: effective size(a) = (1 − 1/3·1/2) + (1 − 2/3·1) = 7/6.
    const a = holesOf([
      ['a', 'b', 20],
      ['a', 'c', 10],
      ['b', 'c', 10],
    ]).get('a')!;
    expect(a.constraint).toBeCloseTo(325 / 324, 12);
    expect(a.effectiveSize).toBeCloseTo(7 / 6, 12);
  });

  it('reduces to Borgatti’s n − 2t/n when all weights are equal', () => {
    // A node of a triangle: n = 2 contacts, t = 1 tie between them → 2 − 2/2 = 1.
    const a = holesOf([
      ['a', 'b', 40],
      ['a', 'c', 40],
      ['b', 'c', 40],
    ]).get('a')!;
    expect(a.effectiveSize).toBeCloseTo(1, 12);
  });

  it('gives the centre of a star with three equal ties constraint 1/3 and effective size 3, each leaf 1 and 1', () => {
    const holes = holesOf([
      ['hub', 'x', 30],
      ['hub', 'y', 30],
      ['hub', 'z', 30],
    ]);
    expect(holes.get('hub')!.constraint).toBeCloseTo(1 / 3, 12);
    expect(holes.get('hub')!.effectiveSize).toBeCloseTo(3, 12);
    expect(holes.get('x')).toEqual({ constraint: 1, effectiveSize: 1 });
  });

  it('leaves both undefined (null) for a person without active ties, and ignores ties below 10', () => {
    const holes = holesOf([['a', 'b', 9.9]], ['a', 'b', 'c']);
    expect(holes.get('a')).toEqual({ constraint: null, effectiveSize: null });
    expect(holes.get('c')).toEqual({ constraint: null, effectiveSize: null });
  });
});
