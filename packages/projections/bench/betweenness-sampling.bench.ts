/**
 * How well betweenness from a sample of sources (Brandes–Pich) stands for the exact
 * value, and what the structural metrics cost at scale.
 *   pnpm --filter @rapport/projections bench:betweenness [people] [days] [sources, comma-separated, or none] [--no-exact]
 * Builds the synthetic organisation's active-tie graph in memory with the domain's own
 * strength arithmetic (the read models are tested equal to it), computes exact
 * betweenness (unless --no-exact), then for each sample size: CPU time, Spearman rank
 * correlation with the exact values (ties ranked by their mean rank), the share of the exact top decile the sample's top
 * decile holds, and the share of exact brokers (SPEC §6.3) that stay brokers. Last, every
 * structural metric with the default sampling, its CPU time and the process's peak memory.
 * Not a test: record the figures in docs/performance.md.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sampleCorrelation } from 'simple-statistics';
import {
  activeTieGraph,
  defaultBetweennessSampling,
  defaultStrengthParameters as p,
  epochWeight,
  interactionContributions,
  isActiveTie,
  organisationStructure,
  percentile,
  sampledBetweenness,
  sampleSources,
  strengthFromSums,
  structuralHoles,
  structureOfGraph,
  weightedAdjacency,
  type ScoredTie,
} from '@rapport/domain';
import { syntheticOrganisation } from '@rapport/synthetic-organisation';
import { betweennessThreads } from '../src/structure/betweenness-threads';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const peopleCount = Number(args[0] ?? 10_000);
const days = Number(args[1] ?? 90);
const sampleSizes = args[2] === 'none' ? [] : (args[2] ?? '2000,4000,5000').split(',').map(Number);
const exact = !process.argv.includes('--no-exact');
const start = '2026-01-05';

const cpuSeconds = <T>(work: () => T): { value: T; cpu: number } => {
  const before = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(before);
  return { value, cpu: (used.user + used.system) / 1e6 };
};

const org = syntheticOrganisation({ people: peopleCount, days, seed: 42, start });
const sums = new Map<string, { w: number; byA: number; byB: number; a: string; b: string }>();
let interactions = 0;
let lastDay = start;
for (const day of org.days()) {
  lastDay = day.date;
  for (const interaction of day.interactions) {
    interactions++;
    for (const c of interactionContributions(
      interaction.interactionId,
      { ...interaction, participantIds: [...interaction.participantIds] },
      p,
    )) {
      const [a, b] = c.personA < c.personB ? [c.personA, c.personB] : [c.personB, c.personA];
      const key = `${a}|${b}`;
      const pair = sums.get(key) ?? { w: 0, byA: 0, byB: 0, a, b };
      pair.w += epochWeight(c.weight, c.occurredAt, p);
      if (c.initiatorId === a) pair.byA++;
      else if (c.initiatorId === b) pair.byB++;
      sums.set(key, pair);
    }
  }
}
const asOf = Date.parse(`${lastDay}T23:59:59.000Z`);
const ties: ScoredTie[] = [];
for (const pair of sums.values()) {
  const strength = strengthFromSums(pair.w, pair.byA, pair.byB, asOf, p);
  if (isActiveTie(strength)) ties.push({ personA: pair.a, personB: pair.b, strength });
}
sums.clear();
const people = org.people.map((person) => person.personId);
const graph = activeTieGraph(people, ties);
console.log(`${people.length} people, ${interactions} interactions over ${days} days, ${graph.size} active ties`);

/** Ranks from 1, equal values sharing the mean of their ranks (as scipy's `spearmanr` ranks them). */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => [value, index] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return ranks;
}
/** Spearman's rank correlation: Pearson's over average ranks. */
const spearman = (x: readonly number[], y: readonly number[]) => sampleCorrelation(averageRanks(x), averageRanks(y));

const topDecile = (values: Readonly<Record<string, number>>) =>
  new Set(
    Object.entries(values)
      .sort((x, y) => y[1] - x[1])
      .slice(0, Math.ceil(people.length / 10))
      .map(([id]) => id),
  );
const holes = structuralHoles(weightedAdjacency(graph));
const constraints = [...holes.values()].map((h) => h.constraint).filter((c): c is number => c !== null);
const constraintP25 = percentile(constraints, 25) ?? 0;
/** Brokers (SPEC §6.3): betweenness at or above its p90 and constraint at or below its p25. */
const brokersOf = (values: Readonly<Record<string, number>>) => {
  const p90 = percentile(Object.values(values), 90) ?? 0;
  return new Set(people.filter((id) => (values[id] ?? 0) >= p90 && (holes.get(id)?.constraint ?? Infinity) <= constraintP25));
};
const share = (of: Set<string>, within: Set<string>) => (of.size === 0 ? 1 : [...of].filter((id) => within.has(id)).length / of.size);

let reference: Record<string, number> | null = null;
if (exact) {
  const run = cpuSeconds(() => sampledBetweenness(graph, graph.nodes()));
  reference = run.value;
  console.log(`exact betweenness (every person a source): ${run.cpu.toFixed(1)} s CPU`);
}
const ids = graph.nodes();
for (const k of sampleSizes) {
  const run = cpuSeconds(() => sampledBetweenness(graph, sampleSources(graph, k)));
  let comparison = '';
  if (reference) {
    const exactValues = ids.map((id) => reference![id]!);
    const sampledValues = ids.map((id) => run.value[id]!);
    const brokers = brokersOf(reference);
    comparison =
      `; Spearman ${spearman(exactValues, sampledValues).toFixed(4)}, ` +
      `top decile ${(100 * share(topDecile(reference), topDecile(run.value))).toFixed(1)} % the same, ` +
      `brokers ${(100 * share(brokers, brokersOf(run.value))).toFixed(1)} % of ${brokers.size} kept, ` +
      `${(100 * (1 - share(brokersOf(run.value), brokers))).toFixed(1)} % new`;
  }
  console.log(`${k} sources: ${run.cpu.toFixed(1)} s CPU${comparison}`);
}
const all = cpuSeconds(() => organisationStructure(people, ties));
console.log(
  `every structural metric, betweenness ${all.value.betweenness.exact ? 'exact' : `from ${defaultBetweennessSampling.sources} sources`}: ` +
    `${all.cpu.toFixed(1)} s CPU; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB; ` +
    `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}`,
);
// As the structural job computes it: betweenness shared out over a thread per core.
const threads = betweennessThreads();
const wallStart = performance.now();
const cpuStart = process.cpuUsage();
const threaded = structureOfGraph(graph, await threads.estimate(graph));
const threadedCpu = process.cpuUsage(cpuStart);
await threads.close();
console.log(
  `every structural metric, betweenness on ${cpus().length} threads: ${((performance.now() - wallStart) / 1000).toFixed(1)} s wall, ` +
    `${((threadedCpu.user + threadedCpu.system) / 1e6).toFixed(1)} s CPU (all threads); ${threaded.people.size} people; ` +
    `peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
);
