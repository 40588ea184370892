import { activeTieGraph, betweennessOf, type ScoredTie } from '@rapport/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { betweennessThreads } from './betweenness-threads';

/** A seeded organisation of `n` people with about `n * degree / 2` ties (a ring, so everyone is reached, plus random chords). */
function organisation(n: number, degree: number, seed: number) {
  let state = seed;
  const random = () => ((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
  const people = Array.from({ length: n }, (_, i) => `person-${i}`);
  const ties: ScoredTie[] = people.map((p, i) => ({ personA: p, personB: people[(i + 1) % n]!, strength: 40 }));
  const seen = new Set(ties.map((t) => `${t.personA}|${t.personB}`));
  while (ties.length < (n * degree) / 2) {
    const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)].sort((x, y) => x - y) as [number, number];
    const key = `${people[a]}|${people[b]}`;
    if (a !== b && !seen.has(key)) {
      seen.add(key);
      ties.push({ personA: people[a]!, personB: people[b]!, strength: 40 });
    }
  }
  return activeTieGraph(people, ties);
}

describe('sampled betweenness on worker threads', () => {
  const sampling = { exactUpTo: 100, sources: 600 };
  const threads = betweennessThreads(2, sampling);
  afterAll(() => threads.close());

  it('gives the same values, to the last bit, as on one thread', async () => {
    const graph = organisation(1_500, 6, 7);
    const onThreads = await threads.estimate(graph);
    const onOne = betweennessOf(graph, sampling);
    expect(onThreads.method).toEqual({ exact: false, sources: 600 });
    expect(onThreads.values).toEqual(onOne.values);
    expect(Object.values(onThreads.values).some((v) => v > 0)).toBe(true);
  });

  it('leaves exact betweenness, for organisations up to the sampling limit, on the calling thread', async () => {
    const graph = organisation(80, 4, 11);
    expect(await threads.estimate(graph)).toEqual(betweennessOf(graph, sampling));
  });
});
