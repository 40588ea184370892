import type { OrganisationStructure } from './people';
import type { SeededRandom } from './random';

/** A leadership-programme cohort: its participants network more once it starts. */
export interface SyntheticCohort {
  readonly cohortId: string;
  readonly name: string;
  /** Day index (from the first generated day) the cohort starts. */
  readonly startDay: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly participantIds: readonly string[];
}

export interface CohortPlan {
  readonly cohorts: readonly SyntheticCohort[];
  /** For each person, the start day of their cohort, or -1. */
  readonly cohortStartOf: Int32Array;
  /** For each person, their cohort's index, or -1. */
  readonly cohortOf: Int32Array;
  readonly members: readonly (readonly number[])[];
}

const DAY = 86_400_000;

export function planCohorts(structure: OrganisationStructure, days: number, startMs: number, random: SeededRandom): CohortPlan {
  const count = structure.people.length;
  const cohortCount = count >= 1000 ? 2 : 1;
  const size = Math.min(30, Math.max(4, Math.round(count * 0.12)));
  const cohortOf = new Int32Array(count).fill(-1);
  const cohortStartOf = new Int32Array(count).fill(-1);
  const cohorts: SyntheticCohort[] = [];
  const members: number[][] = [];
  for (let c = 0; c < cohortCount; c++) {
    const startDay = Math.floor(days * (0.4 + 0.2 * c));
    const chosen: number[] = [];
    while (chosen.length < size) {
      const candidate = random.int(1, count - 1);
      if (cohortOf[candidate] === -1) {
        cohortOf[candidate] = c;
        cohortStartOf[candidate] = startDay;
        chosen.push(candidate);
      }
    }
    chosen.sort((a, b) => a - b);
    members.push(chosen);
    cohorts.push({
      cohortId: random.uuid(),
      name: `Networking programme ${c + 1}`,
      startDay,
      startsOn: isoDate(startMs + startDay * DAY),
      endsOn: isoDate(startMs + Math.max(startDay + 1, days - 1) * DAY),
      participantIds: chosen.map((i) => structure.people[i]!.personId),
    });
  }
  return { cohorts, cohortOf, cohortStartOf, members };
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
