import { describe, expect, it } from 'vitest';
import { organisationStructure } from './structural-metrics';
import { percentile, percentileRanks } from './percentiles';

const tie = (personA: string, personB: string, strength: number) => ({ personA, personB, strength });

describe('structural metrics of the organisation', () => {
  it('normalises betweenness by (n − 1)(n − 2): the middle of a path of three scores 1', () => {
    const s = organisationStructure(['a', 'b', 'c'], [tie('a', 'b', 50), tie('b', 'c', 50)]);
    expect(s.people.get('b')!.betweenness).toBeCloseTo(1, 12);
    expect(s.people.get('a')!.betweenness).toBe(0);
  });

  it('keeps PageRank a distribution over everyone, isolated people included, and ranks by it', () => {
    const s = organisationStructure(['a', 'b', 'c', 'd'], [tie('a', 'b', 50), tie('b', 'c', 50)]);
    const total = [...s.people.values()].reduce((sum, p) => sum + p.pageRank, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(s.people.get('b')!.pageRankPercentile).toBe(100);
    expect(s.people.get('d')!.pageRankPercentile).toBe(25);
  });

  it('counts two-step reach and clustering on active ties only', () => {
    const s = organisationStructure(['a', 'b', 'c', 'd'], [tie('a', 'b', 50), tie('b', 'c', 50), tie('a', 'c', 50), tie('c', 'd', 5)]);
    expect(s.people.get('a')!.twoStepReach).toBe(2);
    expect(s.people.get('a')!.clustering).toBe(1);
    expect(s.people.get('d')!.degree).toBe(0);
  });

  it('names a star’s centre a central connector and broker, and the isolated person peripheral', () => {
    const ids = ['hub', 'x', 'y', 'z', 'w', 'alone'];
    const s = organisationStructure(ids, [tie('hub', 'x', 30), tie('hub', 'y', 30), tie('hub', 'z', 30), tie('hub', 'w', 30)]);
    expect(s.people.get('hub')!.roles).toEqual(['central_connector', 'broker']);
    expect(s.people.get('alone')!.roles).toEqual(['peripheral']);
    expect(s.people.get('x')!.roles).toEqual([]);
  });
});

describe('percentiles', () => {
  it('interpolates linearly between ranks as NumPy does', () => {
    expect(percentile([4, 1, 3, 2], 25)).toBe(1.75);
    expect(percentile([4, 1, 3, 2], 90)).toBeCloseTo(3.7, 12);
    expect(percentile([], 50)).toBeNull();
  });

  it('ranks a value by the share of values at or below it, equal values sharing a rank', () => {
    const ranks = percentileRanks(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 2],
        ['d', 3],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ a: 25, b: 75, c: 75, d: 100 });
  });
});
