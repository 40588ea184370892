import fc from 'fast-check';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { activeTieGraph, type ScoredTie } from './active-tie-graph';
import { betweennessOf, sampledBetweenness, sampleSources } from './betweenness';

/** A random organisation: people p0…p(n−1) and active ties between some of them. */
const organisation = fc.integer({ min: 3, max: 24 }).chain((n) =>
  fc
    .uniqueArray(
      fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).filter(([a, b]) => a !== b),
      { maxLength: (n * (n - 1)) / 2, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` },
    )
    .map((pairs) => ({
      people: Array.from({ length: n }, (_, i) => `p${i}`),
      ties: pairs.map(([a, b]): ScoredTie => ({ personA: `p${a}`, personB: `p${b}`, strength: 40 })),
    })),
);

const exactOf = (people: readonly string[], ties: readonly ScoredTie[]) =>
  betweennessCentrality(activeTieGraph(people, ties), { getEdgeWeight: null, normalized: true });

describe('betweenness from a sample of sources', () => {
  it('is the exact value when every person is a source', () => {
    fc.assert(
      fc.property(organisation, ({ people, ties }) => {
        const sampled = sampledBetweenness(activeTieGraph(people, ties), people);
        const exact = exactOf(people, ties);
        for (const person of people) expect(sampled[person]).toBeCloseTo(exact[person]!, 12);
      }),
    );
  });

  it('scales each sample by people / sources: two samples splitting the people average to the exact value', () => {
    fc.assert(
      fc.property(organisation, fc.integer({ min: 1, max: 23 }), ({ people, ties }, cut) => {
        const k = Math.min(cut, people.length - 1);
        const graph = activeTieGraph(people, ties);
        const first = sampledBetweenness(graph, people.slice(0, k));
        const second = sampledBetweenness(graph, people.slice(k));
        const exact = exactOf(people, ties);
        const n = people.length;
        for (const person of people) expect((k * first[person]! + (n - k) * second[person]!) / n).toBeCloseTo(exact[person]!, 12);
      }),
    );
  });

  it('is computed exactly up to the stated size and sampled above it, from the same people whatever order they arrived in', () => {
    fc.assert(
      fc.property(organisation, fc.integer({ min: 1, max: 3 }), ({ people, ties }, wanted) => {
        const sources = Math.min(wanted, people.length - 1);
        const exact = betweennessOf(activeTieGraph(people, ties), { exactUpTo: people.length, sources });
        expect(exact.method).toEqual({ exact: true });
        const sampled = betweennessOf(activeTieGraph(people, ties), { exactUpTo: 2, sources });
        expect(sampled.method).toEqual({ exact: false, sources });
        const reversed = betweennessOf(activeTieGraph([...people].reverse(), [...ties].reverse()), { exactUpTo: 2, sources });
        for (const person of people) expect(reversed.values[person]).toBeCloseTo(sampled.values[person]!, 12);
        expect(sampleSources(activeTieGraph([...people].reverse(), ties), sources)).toEqual(
          sampleSources(activeTieGraph(people, ties), sources),
        );
      }),
    );
  });

  it('counts a person on a sampled path by how far along it they stand', () => {
    const people = ['a', 'b', 'c', 'd', 'e'];
    const path = ['a-b', 'b-c', 'c-d', 'd-e'].map((pair): ScoredTie => {
      const [personA, personB] = pair.split('-') as [string, string];
      return { personA, personB, strength: 40 };
    });
    const sampled = sampledBetweenness(activeTieGraph(people, path), ['a']);
    // From a: c is 2 of 3 steps along the path to d and 2 of 4 along the path to e; both ends, scaled by 5 / 1, normalised by 4 · 3.
    expect(sampled.c).toBeCloseTo((2 * 5 * (2 / 3 + 2 / 4)) / 12, 12);
    expect(sampled.b).toBeCloseTo((2 * 5 * (1 / 2 + 1 / 3 + 1 / 4)) / 12, 12);
    expect(sampled.a).toBe(0);
  });
});
