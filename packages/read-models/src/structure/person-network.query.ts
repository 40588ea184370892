import { personNetworkMetrics, tieScoreFromSums, type PersonNetworkMetrics, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { personTiesAt } from '../pairs/person-ties.query';
import { strongestFirst } from '../relationships.query';
import { organisationCategoriesAt } from './organisation-categories';

/**
 * SPEC §6.3 metrics of one person as of T that need only their own ties; null for an
 * unknown person. Reads the person with their ties and counterparts (one statement for
 * "now") beside the organisation's kept categories — never the whole organisation — so
 * it stays fast at any size.
 */
export async function personNetworkAt(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<PersonNetworkMetrics | null> {
  const [found, categories] = await Promise.all([personTiesAt(db, personId, asOf, p), organisationCategoriesAt(db, asOf)]);
  if (!found) return null;
  const ties = [...found.sums].map(([counterpartId, sums]) => tieScoreFromSums(counterpartId, sums, asOf, p)).sort(strongestFirst);
  const profiles = new Map(found.counterparts).set(personId, found.person);
  return personNetworkMetrics(found.person, ties, profiles, categories);
}
