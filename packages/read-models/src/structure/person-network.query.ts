import {
  personNetworkMetrics,
  tieScoreFromSums,
  type OrganisationCategories,
  type PersonNetworkMetrics,
  type PersonStructure,
  type StrengthParameters,
} from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import {
  personTiesFromRows,
  personTiesParameters,
  personTiesStatement,
  type PersonTies,
  type PersonTiesRow,
} from '../pairs/person-ties.query';
import { strongestFirst } from '../relationships.query';
import { CategoriesNow } from './categories-now';
import { CategoriesByInstant } from './organisation-categories';
import { structureFor, type StructureRunOptions } from './structure-run';
import { runOfPersonFrom, storedRunOfPerson, structureOfPeople, type StoredRunOfPerson } from './structure-run.query';
import type { StructureRunInfo } from './structure-run.store';

/** A person's network answer: SPEC §6.3 ego metrics as of T and their structure from the run read for T. */
export interface PersonNetworkAnswer {
  readonly asOf: number;
  readonly metrics: PersonNetworkMetrics;
  readonly run: StructureRunInfo;
  /** Null when the run holds no row for the person (registered after it). */
  readonly structure: PersonStructure | null;
}

type NetworkContext = { lanes: string; structure: StoredRunOfPerson | null };

/**
 * The person-ties statement carrying, in the person's row, the stored run for T ($2):
 * for "now", the latest run (the organisation's categories are then held in memory
 * under the people's state the statement reads, CategoriesNow); for a named T, the
 * nearest run at or before T (structureFor takes it when it is T's own and fresh, or
 * when the organisation is too large to compute a run for T on request) and the
 * projection's lanes the categories for T are remembered under (CategoriesByInstant).
 */
const statements = {
  named: personTiesStatement(
    {
      ...CategoriesByInstant.columns(),
      structure: storedRunOfPerson('atOrBefore', '$2::timestamptz', '$1::uuid'),
    },
    'possiblyActive',
  ),
  now: personTiesStatement({ structure: storedRunOfPerson('latest', '$2::timestamptz', '$1::uuid') }, 'possiblyActive'),
};

const categoriesByInstant = new CategoriesByInstant();
const categoriesNow = new CategoriesNow();

/**
 * A person's network as of `requested` (default: now); null for an unknown person.
 *
 * One statement reads the person with their ties that can be active at T (the metrics
 * count active ties alone) and the stored structural run for T
 * with the person's row in it, and takes pairs in contact after T back to T (a past T);
 * the counterparts' profiles and the organisation's categories come from what the
 * process holds while nothing they depend on changed — never the whole organisation,
 * so it stays fast at any size. A stored run that
 * is missing or stale is found or computed as structureFor says, and the person's row
 * read from it.
 */
export async function personNetworkAnswer(
  db: Database,
  personId: string,
  requested: number | undefined,
  options: StructureRunOptions,
): Promise<PersonNetworkAnswer | null> {
  const asOf = requested ?? options.now();
  const { rows } =
    requested === undefined
      ? await db.query<PersonTiesRow<NetworkContext>>(statements.now, personTiesParameters(personId, asOf, options.strength))
      : await db.query<PersonTiesRow<NetworkContext>>(statements.named, personTiesParameters(personId, asOf, options.strength));
  // The answer names no one: names stay sealed.
  const found = await personTiesFromRows(db, personId, rows, asOf, options.strength, null);
  if (!found) return null;
  const categories =
    requested === undefined
      ? await categoriesNow.at(db, found.own.people_state ?? null, asOf)
      : await categoriesByInstant.at(db, asOf, found.own.lanes ?? '', found.own.people_state ?? null);
  const metrics = networkMetricsOf(personId, found, categories, asOf, options.strength);
  const stored = runOfPersonFrom(found.own.structure ?? null);
  const run = await structureFor(db, requested, options, { run: stored?.run ?? null, peopleState: found.own.people_state ?? null });
  const structure =
    stored && stored.run.runId === run.runId ? stored.person : ((await structureOfPeople(db, run.runId, [personId])).get(personId) ?? null);
  return { asOf, metrics, run, structure };
}

function networkMetricsOf(
  personId: string,
  found: PersonTies,
  categories: OrganisationCategories,
  asOf: number,
  p: StrengthParameters,
): PersonNetworkMetrics {
  const ties = [...found.sums].map(([counterpartId, sums]) => tieScoreFromSums(counterpartId, sums, asOf, p)).sort(strongestFirst);
  const profiles = new Map(found.counterparts).set(personId, found.person);
  return personNetworkMetrics(found.person, ties, profiles, categories);
}
