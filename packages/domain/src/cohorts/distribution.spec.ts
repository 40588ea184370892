import { describe, expect, it } from 'vitest';
import { compareMetric, distributionOf } from './distribution';
import { internalNetworkOf, siloFiguresOf } from './group-network';

describe('distribution of a group (linear interpolation between closest ranks)', () => {
  it('computes median and quartiles of 1, 2, 4, 7, 10 by hand: p25 = 2, median = 4, p75 = 7', () => {
    expect(distributionOf([10, 1, 7, 2, 4])).toEqual({ n: 5, p25: 2, median: 4, p75: 7 });
  });

  it('interpolates for an even count: 3, 5, 8, 20 → p25 = 4.5 (3 + 0.75·2), median = 6.5, p75 = 11 (8 + 0.25·12)', () => {
    expect(distributionOf([20, 3, 8, 5])).toEqual({ n: 4, p25: 4.5, median: 6.5, p75: 11 });
  });

  it('leaves people without a value out, and gives nulls for nobody', () => {
    expect(distributionOf([null, 6, null])).toEqual({ n: 1, p25: 6, median: 6, p75: 6 });
    expect(distributionOf([null])).toEqual({ n: 0, p25: null, median: null, p75: null });
  });

  it('counts who improved among people with a value at both instants; change is the difference of medians (4 → 4)', () => {
    const result = compareMetric([1, 5, null, 4], [3, 5, 9, 2]);
    expect(result).toMatchObject({ compared: 3, improved: 1, change: 0 });
    expect(compareMetric([1, 5, null, 4], [3, 5, 9, 2], 'lower')).toMatchObject({ compared: 3, improved: 1 });
    expect(compareMetric([0.5, 0.4], [0.3, 0.2], 'lower').improved).toBe(2);
  });
});

describe('a group’s internal network and silo index', () => {
  const ties = [
    { personA: 'a', personB: 'b', strength: 40 },
    { personA: 'b', personB: 'c', strength: 5 },
    { personA: 'a', personB: 'x', strength: 20 },
  ];
  it('density counts active ties among members only: 1 of 3 possible', () => {
    expect(internalNetworkOf(['a', 'b', 'c'], ties)).toMatchObject({ ties: 1, possibleTies: 3, density: 0.333, meanStrength: 40 });
  });

  it('E-I index on strength: (20 − 40) / 60 when a–b is inside a department and a–x crosses', () => {
    const departments = new Map([
      ['a', 'Sales'],
      ['b', 'Sales'],
      ['c', 'Sales'],
      ['x', 'Legal'],
    ]);
    expect(siloFiguresOf(['a', 'b', 'c'], departments, ties)).toEqual({ siloIndex: -0.333, crossDepartmentTies: 1, peopleBridging: 1 });
  });
});
