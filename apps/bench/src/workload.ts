import {
  syntheticOrganisation,
  type SyntheticCohort,
  type SyntheticInteraction,
  type SyntheticPerson,
} from '@rapport/synthetic-organisation';

/**
 * One benchmark size: 1× is 100 people and 10,000 interactions; 10× and 100× scale both
 * (100× is the 10,000-person organisation with 1,000,000 interactions).
 */
export interface Workload {
  readonly scale: number;
  readonly people: readonly SyntheticPerson[];
  readonly interactions: readonly SyntheticInteraction[];
  /** The organisation's leadership cohorts (created through the API for the aggregate queries). */
  readonly cohorts: readonly SyntheticCohort[];
}

/** Long enough for the synthetic organisation to reach 10,000 interactions per 100 people. */
const DAYS = 550;

/**
 * The synthetic organisation (seed 7) over the days before `until` (550 unless said),
 * up to 10,000 interactions per 100 people over 550 days: people, interactions and cohorts.
 */
export function workload(scale: number, until: number, options: { maxInteractions?: number; days?: number } = {}): Workload {
  const days = options.days ?? DAYS;
  const start = new Date(until - (days + 1) * 86_400_000).toISOString().slice(0, 10);
  const org = syntheticOrganisation({ people: 100 * scale, days, seed: 7, start });
  const interactions: SyntheticInteraction[] = [];
  const cap = options.maxInteractions ?? Math.round((10_000 * scale * days) / DAYS);
  for (const day of org.days()) {
    for (const interaction of day.interactions) {
      if (interactions.length >= cap) break;
      interactions.push(interaction);
    }
  }
  return { scale, people: org.people, interactions, cohorts: org.cohorts };
}

/** The company row: 100,000 people and a year of sparse activity (about 1,000,000 interactions), synthetic seed 7. */
export function companyWorkload(until: number): Workload {
  const days = 365;
  const start = new Date(until - (days + 1) * 86_400_000).toISOString().slice(0, 10);
  const org = syntheticOrganisation({ people: 100_000, days, seed: 7, start, profile: 'sparse' });
  const interactions: SyntheticInteraction[] = [];
  for (const day of org.days()) interactions.push(...day.interactions);
  return { scale: 1000, people: org.people, interactions, cohorts: org.cohorts };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs tasks with at most `concurrency` in flight. */
export async function inParallel<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  });
  await Promise.all(lanes);
}
