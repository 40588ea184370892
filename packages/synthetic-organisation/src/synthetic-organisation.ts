import { dailyActivity, type ActivityProfile, type SyntheticDay } from './activity';
import { planCohorts, type SyntheticCohort } from './cohorts';
import { generatePeople, type OrganisationStructure, type SyntheticPerson } from './people';
import { SeededRandom } from './random';

export interface SyntheticOrganisationOptions {
  /** 20 to 100,000. */
  readonly people: number;
  readonly days: number;
  readonly seed: number;
  /** First generated day, `YYYY-MM-DD` (UTC). */
  readonly start: string;
  /** How the people work together (activity.ts); typical unless said. */
  readonly profile?: ActivityProfile;
}

export interface SyntheticOrganisation {
  /** Managers before their reports, so they can be registered in order. */
  readonly people: readonly SyntheticPerson[];
  readonly cohorts: readonly SyntheticCohort[];
  readonly hubIds: readonly string[];
  readonly structure: OrganisationStructure;
  /** A fresh, identical walk through the days every time it is called. */
  days(): Generator<SyntheticDay>;
}

export const MIN_PEOPLE = 20;
export const MAX_PEOPLE = 100_000;

/** A deterministic synthetic organisation: the same options always give the same people and events. */
export function syntheticOrganisation(options: SyntheticOrganisationOptions): SyntheticOrganisation {
  const { people: count, days, seed, start } = options;
  if (!Number.isInteger(count) || count < MIN_PEOPLE || count > MAX_PEOPLE)
    throw new RangeError(`people must be a whole number from ${MIN_PEOPLE} to ${MAX_PEOPLE}`);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new RangeError('days must be a whole number from 1 to 3650');
  if (!Number.isInteger(seed)) throw new RangeError('seed must be a whole number');
  const startMs = Date.parse(`${start}T00:00:00.000Z`);
  if (Number.isNaN(startMs)) throw new RangeError('start must be a date, YYYY-MM-DD');

  const structure = generatePeople(count, new SeededRandom(seed));
  const cohortPlan = planCohorts(structure, days, startMs, new SeededRandom(seed ^ 0x5eed));
  return {
    people: structure.people,
    cohorts: cohortPlan.cohorts,
    hubIds: structure.hubs.map((h) => structure.people[h]!.personId),
    structure,
    days: () =>
      dailyActivity(structure, cohortPlan, { days, startMs, profile: options.profile ?? 'typical' }, new SeededRandom(seed ^ 0xac7)),
  };
}
